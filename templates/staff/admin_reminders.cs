<?cs # staff/admin_reminders.cs: the reminder rules: time zone and dormant periods, the name-day calendar, consultation periods per category, staff e-mail for the digest. ?><?cs set:Page.title = Lang.remind.rules_title ?><?cs include:"layout/top.cs" ?><?cs include:"layout/forms.cs" ?>
<h1><?cs var:Lang.remind.rules_title ?></h1>
<form method="post" action="/admin/reminders" class="card">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<?cs call:text_field("time_zone", Lang.remind.time_zone, "text", "required") ?>
<p><small><?cs var:Lang.remind.time_zone_help ?> (<?cs var:Lang.remind.today ?>: <span id="rules-today"><?cs var:Rules.today ?></span>)</small></p>
<?cs call:text_field("dormant_days", Lang.remind.dormant_days, "number", "required") ?>
<?cs call:text_field("dormant_mark_days", Lang.remind.dormant_mark_days, "number", "required") ?>
<button type="submit"><?cs var:Lang.remind.save ?></button>
</form>
<section class="card" id="name-days" aria-labelledby="name-days-h">
<h2 id="name-days-h"><?cs var:Lang.remind.name_days ?></h2>
<p><?cs var:Lang.remind.name_days_count ?> <strong id="name-days-count"><?cs var:NameDays.count ?></strong></p>
<p><small><?cs var:Lang.remind.name_days_help ?></small></p>
<form method="post" action="/admin/name-days" enctype="multipart/form-data">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<div class="field"><label for="f-file"><?cs var:Lang.remind.name_days_file ?></label><input id="f-file" name="file" type="file" accept=".csv,text/csv" required></div>
<button type="submit"><?cs var:Lang.remind.name_days_load ?></button>
</form>
</section>
<section class="card" id="consult" aria-labelledby="consult-h">
<h2 id="consult-h"><?cs var:Lang.remind.consult_days ?></h2>
<ul class="reminders"><?cs each:c = Categories ?><li><form method="post" action="/admin/categories/<?cs var:c.id ?>/consultation" class="inline">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<label for="cd-<?cs var:c.id ?>"><?cs var:c.name ?></label> <input id="cd-<?cs var:c.id ?>" name="days" type="number" min="0" max="366" value="<?cs var:c.days ?>" placeholder="<?cs var:Lang.remind.consult_none ?>">
<button type="submit"><?cs var:Lang.remind.save ?><span class="visually-hidden">: <?cs var:c.name ?></span></button></form></li>
<?cs /each ?></ul>
</section>
<section class="card" id="emails" aria-labelledby="emails-h">
<h2 id="emails-h"><?cs var:Lang.remind.staff_email ?></h2>
<ul class="reminders"><?cs each:s = StaffEmail ?><li><form method="post" action="/admin/staff/<?cs var:s.id ?>/email" class="inline">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<label for="se-<?cs var:s.id ?>"><?cs var:s.name ?></label> <input id="se-<?cs var:s.id ?>" name="email" type="email" value="<?cs var:s.email ?>">
<button type="submit"><?cs var:Lang.remind.save ?><span class="visually-hidden">: <?cs var:s.name ?></span></button></form></li>
<?cs /each ?></ul>
</section>
<?cs include:"layout/bottom.cs" ?>
