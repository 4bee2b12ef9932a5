<?cs # staff/rewards.cs: a month's recognition (managers): employee of the month, proposed bonuses to approve, the rewards log and a form to add one. ?><?cs set:Page.title = Lang.rewards.title ?><?cs include:"layout/top.cs" ?><?cs include:"layout/forms.cs" ?>
<div class="page-head">
<h1><?cs var:Lang.rewards.title ?> <small><?cs var:Rewards.month ?></small></h1>
<a class="button" id="rewards-csv" href="/rewards.csv?month=<?cs var:url_escape(Rewards.month) ?>"><?cs var:Lang.client.export ?></a>
</div>
<form method="get" action="/rewards" class="card filters">
<?cs call:text_field("month", Lang.plans.month, "month", "") ?>
<div class="field"><button type="submit"><?cs var:Lang.report.show ?></button></div>
</form>
<?cs if:subcount(Form.errors) > 0 ?><p class="error" role="alert"><?cs var:Lang.err.form ?><?cs each:e = Form.errors ?> <?cs var:e ?><?cs /each ?></p><?cs /if ?>
<section class="card" id="eom" aria-labelledby="eom-h">
<h2 id="eom-h"><?cs var:Lang.wall.eom ?></h2>
<p class="help"><?cs var:Lang.rewards.eom_rule ?> <?cs var:percent(Eom.min_bp) ?>%.</p>
<p><?cs var:Lang.rewards.proposed ?>: <strong id="eom-proposed" data-staff="<?cs var:Eom.proposed_id ?>"><?cs alt:Eom.proposed_name ?><?cs var:Lang.rewards.nobody ?><?cs /alt ?></strong></p>
<?cs if:Eom.name ?><p role="status"><?cs var:Lang.rewards.confirmed ?>: <strong id="eom-confirmed" data-staff="<?cs var:Eom.staff_id ?>"><?cs var:Eom.name ?></strong> <small>(<?cs var:Eom.by ?>, <?cs var:Eom.at ?><?cs if:Eom.reason ?>: <?cs var:Eom.reason ?><?cs /if ?>)</small></p><?cs /if ?>
<form method="post" action="/rewards/eom">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<input type="hidden" name="month" value="<?cs var:Rewards.month ?>">
<div class="field"><label for="f-eom-staff"><?cs var:Lang.plans.who ?></label>
<select id="f-eom-staff" name="staff"><?cs each:p = People ?><option value="<?cs var:p.id ?>"<?cs if:p.id == Eom.proposed_id ?> selected<?cs /if ?>><?cs var:p.rank ?>. <?cs var:p.name ?></option><?cs /each ?></select></div>
<?cs call:text_field("reason", Lang.rewards.reason, "text", "") ?>
<button type="submit" class="primary"><?cs var:Lang.rewards.confirm ?></button>
</form>
</section>
<section class="card" id="bonuses" aria-labelledby="bonuses-h">
<h2 id="bonuses-h"><?cs var:Lang.rewards.bonuses ?></h2>
<div class="table-wrap"><table>
<thead><tr><th scope="col"><?cs var:Lang.plans.who ?></th><th scope="col"><?cs var:Lang.board.weighted ?></th><th scope="col"><?cs var:Lang.board.plan ?></th><th scope="col"><?cs var:Lang.board.achievement ?></th><th scope="col"><?cs var:Lang.rewards.bonus ?></th><th scope="col"><?cs var:Lang.staff.actions ?></th></tr></thead>
<tbody>
<?cs each:p = People ?><?cs if:p.bonus > 0 ?><tr data-staff="<?cs var:p.id ?>">
<th scope="row" data-label="<?cs var:Lang.plans.who ?>"><?cs var:p.name ?></th>
<td data-label="<?cs var:Lang.board.weighted ?>" class="num"><?cs var:money(p.weighted) ?></td>
<td data-label="<?cs var:Lang.board.plan ?>" class="num"><?cs var:money(p.plan) ?></td>
<td data-label="<?cs var:Lang.board.achievement ?>" class="num"><?cs var:percent(p.achievement_bp) ?>%</td>
<td data-label="<?cs var:Lang.rewards.bonus ?>" class="num bonus"><?cs var:money(p.bonus) ?></td>
<?cs set:done = 0 ?><?cs each:a = Approved ?><?cs if:a.staff_id == p.id ?><?cs set:done = 1 ?><?cs /if ?><?cs /each ?>
<td data-label="<?cs var:Lang.staff.actions ?>"><?cs if:done ?><span class="approved">&#10003; <?cs var:Lang.rewards.approved ?></span><?cs else ?><form method="post" action="/rewards/bonus"><input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>"><input type="hidden" name="month" value="<?cs var:Rewards.month ?>"><input type="hidden" name="staff" value="<?cs var:p.id ?>"><button type="submit"><?cs var:Lang.rewards.approve ?></button></form><?cs /if ?></td>
</tr><?cs /if ?><?cs /each ?>
</tbody></table></div>
</section>
<section class="card" id="log" aria-labelledby="log-h">
<h2 id="log-h"><?cs var:Lang.rewards.log ?></h2>
<?cs if:subcount(Log) > 0 ?><div class="table-wrap"><table>
<thead><tr><th scope="col"><?cs var:Lang.plans.who ?></th><th scope="col"><?cs var:Lang.rewards.kind_label ?></th><th scope="col"><?cs var:Lang.rewards.description ?></th><th scope="col"><?cs var:Lang.rewards.amount ?></th><th scope="col"><?cs var:Lang.rewards.approved_by ?></th></tr></thead>
<tbody>
<?cs each:r = Log ?><tr data-reward="<?cs var:r.id ?>" data-staff="<?cs var:r.staff_id ?>" class="source-<?cs var:r.source ?>">
<th scope="row" data-label="<?cs var:Lang.plans.who ?>"><?cs var:r.name ?></th>
<td data-label="<?cs var:Lang.rewards.kind_label ?>"><?cs var:Lang.rewards.kind[r.kind] ?><?cs if:r.gift_kind ?> <small>(<?cs var:r.gift_kind ?>)</small><?cs /if ?></td>
<td data-label="<?cs var:Lang.rewards.description ?>"><?cs var:r.description ?></td>
<td data-label="<?cs var:Lang.rewards.amount ?>" class="num"><?cs if:r.amount ?><?cs var:money(r.amount) ?><?cs /if ?></td>
<td data-label="<?cs var:Lang.rewards.approved_by ?>"><?cs var:r.by ?> <small><?cs var:r.at ?></small></td>
</tr>
<?cs /each ?>
</tbody></table></div><?cs else ?><p><?cs var:Lang.rewards.none ?></p><?cs /if ?>
<h3><?cs var:Lang.rewards.add ?></h3>
<form method="post" action="/rewards">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<input type="hidden" name="month" value="<?cs var:Rewards.month ?>">
<div class="field"><label for="f-staff"><?cs var:Lang.plans.who ?></label>
<select id="f-staff" name="staff"<?cs call:invalid("staff") ?>><?cs each:p = People ?><option value="<?cs var:p.id ?>"<?cs if:p.id == Form.staff ?> selected<?cs /if ?>><?cs var:p.name ?></option><?cs /each ?></select>
<?cs call:field_error("staff") ?></div>
<?cs call:enum_select("kind", Lang.rewards.kind_label, Lang.rewards.kind, Form.kind, "") ?>
<?cs call:id_select("gift_kind", Lang.rewards.gift_kind, GiftKinds, Form.gift_kind, Lang.rewards.not_a_gift) ?>
<?cs call:text_field("description", Lang.rewards.description, "text", "required") ?>
<?cs call:text_field("amount", Lang.rewards.amount, "text", "") ?>
<button type="submit" class="primary"><?cs var:Lang.rewards.add ?></button>
</form>
</section>
<?cs include:"layout/bottom.cs" ?>
