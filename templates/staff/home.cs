<?cs # staff/home.cs: "my day", the signed-in home page: today's occasions, follow-ups, consultations and the month against plan; a manager may show anyone's day or a team's. ?><?cs set:Page.title = Lang.remind.my_day ?><?cs include:"layout/top.cs" ?><?cs include:"layout/forms.cs" ?><?cs include:"staff/day_parts.cs" ?>
<h1><?cs if:?Whose.team ?><?cs var:Lang.remind.team_day ?><?cs elif:?Whose.name ?><?cs var:Lang.remind.day_of ?> <?cs var:Whose.name ?><?cs else ?><?cs var:Lang.home.hello ?>, <?cs var:User.name ?><?cs /if ?></h1>
<p class="lead"><?cs var:Lang.remind.my_day ?>: <strong id="day-date"><?cs var:Day.date ?></strong></p>
<?cs if:User.role != "agent" ?><form method="get" action="/" class="filters card">
<?cs call:id_select("staff", Lang.remind.whose, Choices.staff, Whose.id, Lang.remind.mine) ?>
<?cs call:id_select("team", Lang.remind.team, Choices.teams, Whose.team, Lang.remind.no_team) ?>
<button type="submit"><?cs var:Lang.remind.show ?></button>
</form><?cs /if ?>
<p><a href="/reminders<?cs if:?Whose.id ?>?staff=<?cs var:Whose.id ?><?cs /if ?>"><?cs var:Lang.remind.ahead ?></a> &middot; <a href="/calendar"><?cs var:Lang.calendar.title ?></a></p>
<?cs if:?Whose.team ?>
<?cs each:m = Team ?><h2 class="member"><a href="/?staff=<?cs var:m.staff_id ?>"><?cs var:m.name ?></a></h2>
<?cs call:day_sections(m, "t" + name(m), Page.back) ?>
<?cs /each ?><?cs if:subcount(Team) == 0 ?><p class="card"><?cs var:Lang.remind.team_empty ?></p><?cs /if ?>
<?cs else ?>
<?cs if:subcount(Home.tiers) > 0 ?>
<section class="card" id="tell">
<h2><?cs var:Lang.loyalty.tell_title ?></h2>
<ul>
<?cs each:t = Home.tiers ?><li><a href="/clients/<?cs var:t.client_id ?>"><?cs var:t.client ?></a>: <span class="tier-<?cs if:t.up == "1" ?>up<?cs else ?>down<?cs /if ?>"><?cs if:t.up == "1" ?><?cs var:Lang.loyalty.promoted ?><?cs else ?><?cs var:Lang.loyalty.demoted ?><?cs /if ?></span> <strong><?cs alt:t.tier ?><?cs var:Lang.loyalty.no_tier ?><?cs /alt ?></strong> <small>(<?cs var:t.at ?>)</small><?cs if:t.up == "1" ?> &mdash; <?cs var:Lang.loyalty.tell_them ?><?cs /if ?>
<form method="post" action="/tier-changes/<?cs var:t.id ?>/told" class="inline">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<button type="submit"><?cs var:Lang.loyalty.told ?><span class="visually-hidden"> <?cs var:t.client ?></span></button>
</form></li>
<?cs /each ?>
</ul>
</section>
<?cs /if ?>
<?cs call:day_sections(Day, "d", Page.back) ?>
<?cs if:User.role != "agent" && !?Whose.id ?><section class="card" id="escalation" aria-labelledby="escalation-h">
<h2 id="escalation-h"><?cs var:Lang.case.near_title ?></h2>
<?cs if:subcount(Home.escalation.list) > 0 ?><?cs call:case_rows(Home.escalation.list, "esc") ?><p><a href="/cases?due=overdue&amp;sort=urgent"><?cs var:Lang.case.overdue_list ?></a> &middot; <a href="/cases?due=near&amp;sort=urgent"><?cs var:Lang.case.near_list ?></a></p><?cs else ?><p><?cs var:Lang.remind.cases_none ?></p><?cs /if ?>
</section><?cs /if ?>
<?cs if:subcount(Home.logins) > 0 ?><section class="card">
<h2><?cs var:Lang.home.recent_logins ?></h2>
<ul><?cs each:l = Home.logins ?><li><?cs var:l.at ?> UTC, <?cs var:l.ip ?></li><?cs /each ?></ul>
</section><?cs /if ?>
<?cs if:User.role == "admin" && !?Whose.id ?>
<section class="card">
<h2><?cs var:Lang.home.admin ?></h2>
<ul>
<li><a href="/admin/staff"><?cs var:Lang.nav.staff ?></a></li>
<li><a href="/admin/company"><?cs var:Lang.nav.company ?></a></li>
<li><a href="/admin/audit"><?cs var:Lang.nav.audit ?></a></li>
<li><a href="/admin/tiers"><?cs var:Lang.nav.tiers ?></a></li>
<li><a href="/admin/categories"><?cs var:Lang.nav.categories ?></a></li>
<li><a href="/admin/reminders"><?cs var:Lang.nav.reminder_rules ?></a></li>
</ul>
</section>
<?cs /if ?>
<?cs /if ?>
<?cs include:"layout/bottom.cs" ?>
