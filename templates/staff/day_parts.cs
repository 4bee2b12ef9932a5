<?cs # staff/day_parts.cs: the parts of a day shared by "my day", a team's day and /reminders: occasions, follow-ups, consultations, the month's progress. ?>
<?cs def:occasion_rows(list, prefix, back) ?><ul class="reminders" id="<?cs var:prefix ?>-occasions">
<?cs each:o = list ?><li class="occasion" data-client="<?cs var:o.client_id ?>" data-kind="<?cs var:o.kind ?>">
<strong><a href="/clients/<?cs var:o.client_id ?>"><?cs var:o.client ?></a></strong>:
<?cs var:Lang.remind[o.kind] ?><?cs if:o.calendar == "1" ?> <small>(<?cs var:Lang.remind.from_calendar ?>)</small><?cs /if ?>
<?cs if:o.days == "0" ?><strong class="today"><?cs var:Lang.remind.today ?></strong><?cs else ?><span class="when"><?cs var:o.date ?></span> (<?cs var:Lang.remind.in ?> <?cs var:o.days ?> <?cs var:Lang.remind.days ?>)<?cs /if ?><?cs if:?o.age ?>, <?cs var:Lang.remind.turns ?> <?cs var:o.age ?><?cs /if ?>
<br><small><?cs if:o.channel ?><?cs var:Lang.remind.prefers ?> <?cs var:Lang.ichannel[o.channel] ?>; <?cs /if ?><?cs if:o.consent ?><?cs var:Lang.remind.consent_to ?> <span class="consent"><?cs each:k = o.consents ?><?cs if:name(k) != "0" ?>, <?cs /if ?><?cs var:Lang.consent_channel[k] ?><?cs /each ?></span><?cs else ?><?cs var:Lang.remind.no_consent ?><?cs /if ?></small>
<?cs if:?o.offer_bp ?><br><span class="offer"><?cs var:Lang.remind.offer ?>: <?cs var:percent(o.offer_bp) ?>% <?cs var:Lang.remind.off_until ?> <?cs var:o.offer_until ?></span><?cs /if ?>
<?cs if:o.greeted == "1" ?><br><span class="done">&#10003; <?cs var:Lang.remind.greeted ?></span><?cs elif:o.days == "0" ?>
<form method="post" action="/clients/<?cs var:o.client_id ?>/greet" class="inline">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>"><input type="hidden" name="occasion" value="<?cs var:o.kind ?>"><input type="hidden" name="next" value="<?cs var:back ?>">
<label for="<?cs var:prefix ?>-gc-<?cs var:o.client_id ?>-<?cs var:o.kind ?>"><?cs var:Lang.remind.channel_used ?></label>
<select id="<?cs var:prefix ?>-gc-<?cs var:o.client_id ?>-<?cs var:o.kind ?>" name="channel"><?cs each:c = Lang.greet_channel ?><option value="<?cs name:c ?>"<?cs if:name(c) == o.channel ?> selected<?cs /if ?>><?cs var:c ?></option><?cs /each ?></select>
<button type="submit"><?cs var:Lang.remind.greet ?><span class="visually-hidden">: <?cs var:o.client ?></span></button>
</form><?cs /if ?>
</li>
<?cs /each ?></ul><?cs /def ?>
<?cs def:followup_rows(list, back) ?><ul class="reminders">
<?cs each:f = list ?><li class="followup<?cs if:f.overdue == "1" ?> overdue<?cs /if ?>" data-interaction="<?cs var:f.id ?>">
<strong><a href="/clients/<?cs var:f.client_id ?>"><?cs var:f.client ?></a></strong>: <?cs var:Lang.ichannel[f.channel] ?>, <?cs var:f.summary ?>
<small>(<?cs var:f.due ?><?cs if:f.overdue == "1" ?>, <strong><?cs var:Lang.client.overdue ?></strong><?cs /if ?>)</small>
<form method="post" action="/interactions/<?cs var:f.id ?>/done" class="inline"><input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>"><input type="hidden" name="next" value="<?cs var:back ?>"><button type="submit"><?cs var:Lang.client.done ?><span class="visually-hidden">: <?cs var:f.client ?></span></button></form>
</li>
<?cs /each ?></ul><?cs /def ?>
<?cs def:consultation_rows(list, prefix, back) ?><ul class="reminders">
<?cs each:k = list ?><li class="consultation<?cs if:k.overdue == "1" ?> overdue<?cs /if ?>" data-consultation="<?cs var:k.id ?>">
<strong><a href="/clients/<?cs var:k.client_id ?>"><?cs var:k.client ?></a></strong>: <?cs var:k.product ?> <small>(<?cs var:Lang.remind.sold ?> <?cs var:k.sold ?>; <?cs var:Lang.client.due ?> <?cs var:k.due ?><?cs if:k.overdue == "1" ?>, <strong><?cs var:Lang.client.overdue ?></strong><?cs /if ?>)</small>
<form method="post" action="/consultations/<?cs var:k.id ?>/done" class="inline">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>"><input type="hidden" name="next" value="<?cs var:back ?>">
<label for="<?cs var:prefix ?>-kc-<?cs var:k.id ?>"><?cs var:Lang.remind.channel_used ?></label>
<select id="<?cs var:prefix ?>-kc-<?cs var:k.id ?>" name="channel"><?cs each:c = Lang.greet_channel ?><option value="<?cs name:c ?>"><?cs var:c ?></option><?cs /each ?></select>
<label for="<?cs var:prefix ?>-kn-<?cs var:k.id ?>"><?cs var:Lang.remind.note ?></label>
<input id="<?cs var:prefix ?>-kn-<?cs var:k.id ?>" name="note" type="text" maxlength="200">
<button type="submit"><?cs var:Lang.remind.consulted ?><span class="visually-hidden">: <?cs var:k.client ?></span></button>
</form></li>
<?cs /each ?></ul><?cs /def ?>
<?cs def:case_rows(list, prefix) ?><ul class="reminders" id="<?cs var:prefix ?>-cases">
<?cs each:k = list ?><li class="case<?cs if:k.overdue == "1" ?> overdue<?cs /if ?>" data-case="<?cs var:k.id ?>"><a href="/cases/<?cs var:k.id ?>"><?cs var:Lang.case_kind[k.kind] ?> #<?cs var:k.id ?></a> <?cs var:k.customer ?> &mdash; <?cs if:k.overdue == "1" ?><strong><?cs var:Lang.remind.case_past ?></strong><?cs else ?><?cs var:Lang.remind.case_near ?><?cs /if ?><?cs if:k.priority == "urgent" || k.priority == "high" ?>, <?cs var:Lang.priority[k.priority] ?><?cs /if ?><?cs if:k.assignee ?> <small>(<?cs var:k.assignee ?>)</small><?cs /if ?></li>
<?cs /each ?></ul><?cs /def ?>
<?cs def:progress(p, prefix) ?><dl class="facts" id="<?cs var:prefix ?>-progress">
<dt><?cs var:Lang.board.weighted ?></dt><dd class="weighted"><?cs var:money(p.weighted) ?></dd>
<?cs if:p.has_plan == "1" ?><dt><?cs var:Lang.board.plan ?></dt><dd><?cs var:money(p.plan) ?> (<span class="achievement"><?cs var:percent(p.achievement_bp) ?></span>%)</dd>
<dt><?cs var:Lang.board.left_to_plan ?></dt><dd class="left"><?cs var:money(p.left) ?></dd>
<?cs else ?><dt><?cs var:Lang.board.plan ?></dt><dd><?cs var:Lang.board.no_plan ?></dd><?cs /if ?>
<dt><?cs var:Lang.board.units ?></dt><dd class="units"><?cs var:p.units ?></dd>
<dt><?cs var:Lang.board.sales ?></dt><dd><?cs var:p.sales ?></dd>
</dl><?cs /def ?>
<?cs def:day_sections(d, prefix, back) ?>
<section class="card" id="<?cs var:prefix ?>-occ" aria-labelledby="<?cs var:prefix ?>-occ-h">
<h2 id="<?cs var:prefix ?>-occ-h"><?cs var:Lang.remind.occasions_today ?></h2>
<?cs if:subcount(d.occasions) > 0 ?><?cs call:occasion_rows(d.occasions, prefix, back) ?><?cs else ?><p><?cs var:Lang.remind.none_today ?></p><?cs /if ?>
</section>
<section class="card" id="<?cs var:prefix ?>-fu" aria-labelledby="<?cs var:prefix ?>-fu-h">
<h2 id="<?cs var:prefix ?>-fu-h"><?cs var:Lang.remind.followups ?></h2>
<?cs if:subcount(d.followups.list) > 0 ?><?cs call:followup_rows(d.followups.list, back) ?><?cs if:d.followups.more == "1" ?><p><a href="/followups"><?cs var:Lang.remind.all_followups ?></a></p><?cs /if ?><?cs else ?><p><?cs var:Lang.remind.followups_none ?></p><?cs /if ?>
</section>
<section class="card" id="<?cs var:prefix ?>-ko" aria-labelledby="<?cs var:prefix ?>-ko-h">
<h2 id="<?cs var:prefix ?>-ko-h"><?cs var:Lang.remind.consultations ?></h2>
<?cs if:subcount(d.consultations.list) > 0 ?><?cs call:consultation_rows(d.consultations.list, prefix, back) ?><?cs if:d.consultations.more == "1" ?><p><a href="/reminders?days=0"><?cs var:Lang.remind.all_consultations ?></a></p><?cs /if ?><?cs else ?><p><?cs var:Lang.remind.consultations_none ?></p><?cs /if ?>
</section>
<section class="card" id="<?cs var:prefix ?>-cs" aria-labelledby="<?cs var:prefix ?>-cs-h">
<h2 id="<?cs var:prefix ?>-cs-h"><?cs var:Lang.remind.cases ?></h2>
<?cs if:subcount(d.cases.list) > 0 ?><?cs call:case_rows(d.cases.list, prefix) ?><?cs if:d.cases.more == "1" ?><p><a href="/cases?assignee=<?cs var:d.staff_id ?>&amp;due=near&amp;sort=urgent"><?cs var:Lang.remind.all_cases ?></a></p><?cs /if ?><?cs else ?><p><?cs var:Lang.remind.cases_none ?></p><?cs /if ?>
</section>
<section class="card" id="<?cs var:prefix ?>-pr" aria-labelledby="<?cs var:prefix ?>-pr-h">
<h2 id="<?cs var:prefix ?>-pr-h"><?cs var:Lang.board.my_month ?></h2>
<?cs call:progress(d.progress, prefix) ?>
</section>
<?cs /def ?>
