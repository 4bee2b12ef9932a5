<?cs # staff/reminders.cs: reminders ahead: occasions of the next days, follow-ups and consultations due, dormant clients to call back. ?><?cs set:Page.title = Lang.remind.title ?><?cs include:"layout/top.cs" ?><?cs include:"layout/forms.cs" ?><?cs include:"staff/day_parts.cs" ?>
<h1><?cs var:Lang.remind.title ?><?cs if:?Whose.name ?>: <?cs var:Whose.name ?><?cs /if ?> <small id="remind-date"><?cs var:Remind.date ?></small></h1>
<form method="get" action="/reminders" class="filters card">
<?cs if:User.role != "agent" ?><?cs call:id_select("staff", Lang.remind.whose, Choices.staff, Whose.id, Lang.remind.mine) ?><?cs /if ?>
<div class="field"><label for="f-days"><?cs var:Lang.remind.window ?></label>
<select id="f-days" name="days"><?cs each:w = Lang.remind.windows ?><option value="<?cs name:w ?>"<?cs if:name(w) == Remind.days ?> selected<?cs /if ?>><?cs var:w ?></option><?cs /each ?></select></div>
<?cs if:User.role != "agent" ?><div class="field"><input id="f-all" name="all" type="checkbox" value="1"<?cs if:Remind.all == "1" ?> checked<?cs /if ?>> <label for="f-all"><?cs var:Lang.remind.everyone_dormant ?></label></div><?cs /if ?>
<button type="submit"><?cs var:Lang.remind.show ?></button>
</form>
<section class="card" id="r-occ" aria-labelledby="r-occ-h">
<h2 id="r-occ-h"><?cs var:Lang.remind.occasions ?></h2>
<?cs if:subcount(Remind.occasions) > 0 ?><?cs call:occasion_rows(Remind.occasions, "r", Page.back) ?><?cs if:Remind.more == "1" ?><p><?cs var:Lang.remind.more ?></p><?cs /if ?><?cs else ?><p><?cs var:Lang.remind.none_ahead ?></p><?cs /if ?>
</section>
<section class="card" id="r-fu" aria-labelledby="r-fu-h">
<h2 id="r-fu-h"><?cs var:Lang.remind.followups ?></h2>
<?cs if:subcount(Remind.followups.list) > 0 ?><?cs call:followup_rows(Remind.followups.list, Page.back) ?><?cs else ?><p><?cs var:Lang.remind.followups_none ?></p><?cs /if ?>
</section>
<section class="card" id="r-ko" aria-labelledby="r-ko-h">
<h2 id="r-ko-h"><?cs var:Lang.remind.consultations ?></h2>
<?cs if:subcount(Remind.consultations.list) > 0 ?><?cs call:consultation_rows(Remind.consultations.list, "r", Page.back) ?><?cs else ?><p><?cs var:Lang.remind.consultations_none ?></p><?cs /if ?>
</section>
<section class="card" id="r-dormant" aria-labelledby="r-dormant-h">
<h2 id="r-dormant-h"><?cs var:Lang.remind.dormant ?></h2>
<p><small><?cs var:Lang.remind.dormant_rule ?> <?cs var:Remind.dormant_days ?> <?cs var:Lang.remind.days ?>.</small></p>
<?cs if:subcount(Remind.dormant) > 0 ?><div class="table-wrap"><table>
<thead><tr><th scope="col"><?cs var:Lang.client.name ?></th><th scope="col"><?cs var:Lang.remind.revenue ?></th><th scope="col"><?cs var:Lang.remind.last_purchase ?></th><th scope="col"><?cs var:Lang.remind.last_contact ?></th><th scope="col"><?cs var:Lang.remind.manager ?></th><th scope="col"><?cs var:Lang.staff.actions ?></th></tr></thead>
<tbody>
<?cs each:c = Remind.dormant ?><tr data-client="<?cs var:c.client_id ?>">
<td data-label="<?cs var:Lang.client.name ?>"><a href="/clients/<?cs var:c.client_id ?>"><?cs var:c.client ?></a></td>
<td class="num" data-label="<?cs var:Lang.remind.revenue ?>"><?cs var:money(c.revenue) ?></td>
<td data-label="<?cs var:Lang.remind.last_purchase ?>"><?cs var:c.last_purchase ?></td>
<td data-label="<?cs var:Lang.remind.last_contact ?>"><?cs alt:c.last_contact ?>&ndash;<?cs /alt ?></td>
<td data-label="<?cs var:Lang.remind.manager ?>"><?cs var:c.manager ?></td>
<td class="actions" data-label="<?cs var:Lang.staff.actions ?>">
<form method="post" action="/clients/<?cs var:c.client_id ?>/callback" class="inline"><input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>"><input type="hidden" name="next" value="<?cs var:Page.back ?>">
<label for="cb-<?cs var:c.client_id ?>"><?cs var:Lang.remind.call_on ?></label> <input id="cb-<?cs var:c.client_id ?>" name="follow_up" type="date" value="<?cs var:Remind.date ?>" required>
<button type="submit"><?cs var:Lang.remind.call_back ?><span class="visually-hidden">: <?cs var:c.client ?></span></button></form>
<?cs if:c.mark == "1" ?><form method="post" action="/clients/<?cs var:c.client_id ?>/dormant" class="inline"><input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>"><input type="hidden" name="next" value="<?cs var:Page.back ?>">
<small class="proposal"><?cs var:Lang.remind.mark_proposed ?> <?cs var:Remind.dormant_mark_days ?> <?cs var:Lang.remind.days ?>.</small>
<button type="submit"><?cs var:Lang.remind.mark_dormant ?><span class="visually-hidden">: <?cs var:c.client ?></span></button></form><?cs /if ?>
</td></tr>
<?cs /each ?></tbody></table></div><?cs else ?><p><?cs var:Lang.remind.dormant_none ?></p><?cs /if ?>
</section>
<?cs include:"layout/bottom.cs" ?>
