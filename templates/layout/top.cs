<?cs # layout/top.cs: document head, skip link, header with the signed-in person and navigation (on public pages the company's name). ?><?cs if:Company.company_name ?><?cs set:Page.brand = Company.company_name ?><?cs else ?><?cs set:Page.brand = Lang.app.name ?><?cs /if ?><!DOCTYPE html>
<html lang="<?cs var:Page.lang ?>">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><?cs var:Page.title ?> - <?cs var:Page.brand ?></title>
<link rel="stylesheet" href="/static/crm.css">
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<?cs if:Page.refresh ?><meta http-equiv="refresh" content="<?cs var:Page.refresh ?>"><?cs /if ?>
</head>
<body<?cs if:Page.body_class ?> class="<?cs var:Page.body_class ?>"<?cs /if ?>>
<a class="skip" href="#main"><?cs var:Lang.nav.skip ?></a>
<header class="top">
<div class="brand"><a href="<?cs if:Page.app == "feedback" ?>/feedback/<?cs else ?>/<?cs /if ?>"><?cs var:Page.brand ?></a></div>
<?cs if:User.id ?>
<nav aria-label="<?cs var:Lang.nav.label ?>">
<ul>
<li><a href="/"<?cs if:Page.path == "/" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.nav.home ?></a></li>
<li><a href="/clients"<?cs if:Page.path == "/clients" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.nav.clients ?></a></li>
<li><a href="/purchases"<?cs if:Page.path == "/purchases" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.nav.purchases ?></a></li>
<li><a href="/cases"<?cs if:Page.path == "/cases" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.nav.cases ?></a></li>
<?cs if:User.role != "agent" ?><li><a href="/reports/clients"<?cs if:Page.path == "/reports/clients" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.nav.reports ?></a></li>
<li><a href="/reports/cases"<?cs if:Page.path == "/reports/cases" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.nav.case_report ?></a></li><?cs /if ?>
<li><a href="/products"<?cs if:Page.path == "/products" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.nav.products ?></a></li>
<li><a href="/leaderboard"<?cs if:Page.path == "/leaderboard" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.nav.leaderboard ?></a></li>
<?cs if:User.role != "agent" ?><li><a href="/rewards"<?cs if:Page.path == "/rewards" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.nav.rewards ?></a></li><?cs /if ?>
<?cs if:User.role != "agent" ?><li><a href="/plans"<?cs if:Page.path == "/plans" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.nav.plans ?></a></li><?cs /if ?>
<li><a href="/reminders"<?cs if:Page.path == "/reminders" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.nav.reminders ?></a></li>
<li><a href="/followups"<?cs if:Page.path == "/followups" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.nav.followups ?></a></li>
<?cs if:User.role == "admin" ?>
<li><a href="/admin/staff"<?cs if:Page.path == "/admin/staff" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.nav.staff ?></a></li>
<li><a href="/admin/company"<?cs if:Page.path == "/admin/company" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.nav.company ?></a></li>
<li><a href="/admin/segments"<?cs if:Page.path == "/admin/segments" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.nav.segments ?></a></li>
<li><a href="/admin/teams"<?cs if:Page.path == "/admin/teams" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.nav.teams ?></a></li>
<li><a href="/admin/gift-kinds"<?cs if:Page.path == "/admin/gift-kinds" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.nav.gift_kinds ?></a></li>
<li><a href="/admin/motivation"<?cs if:Page.path == "/admin/motivation" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.nav.motivation ?></a></li>
<li><a href="/admin/reminders"<?cs if:Page.path == "/admin/reminders" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.nav.reminder_rules ?></a></li>
<li><a href="/admin/sla"<?cs if:Page.path == "/admin/sla" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.nav.sla ?></a></li>
<li><a href="/admin/case-categories"<?cs if:Page.path == "/admin/case-categories" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.nav.case_categories ?></a></li>
<li><a href="/admin/tiers"<?cs if:Page.path == "/admin/tiers" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.nav.tiers ?></a></li>
<li><a href="/admin/categories"<?cs if:Page.path == "/admin/categories" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.nav.categories ?></a></li>
<li><a href="/admin/audit"<?cs if:Page.path == "/admin/audit" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.nav.audit ?></a></li>
<?cs /if ?>
</ul>
</nav>
<div class="who">
<span class="who-name"><?cs var:User.name ?> <small>(<?cs var:Lang.role[User.role] ?>)</small></span>
<form method="post" action="/logout" class="inline">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<button type="submit" class="link"><?cs var:Lang.nav.logout ?></button>
</form>
</div>
<?cs /if ?>
</header>
<main id="main">
