<?cs # staff/home.cs: the signed-in home page. ?><?cs set:Page.title = Lang.home.title ?><?cs include:"layout/top.cs" ?>
<h1><?cs var:Lang.home.hello ?>, <?cs var:User.name ?></h1>
<p><?cs var:Lang.home.role_is ?> <strong><?cs var:Lang.role[User.role] ?></strong>.</p>
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
<section class="card">
<h2><?cs var:Lang.home.recent_logins ?></h2>
<?cs if:subcount(Home.logins) > 0 ?>
<table>
<thead><tr><th scope="col"><?cs var:Lang.home.at ?></th><th scope="col"><?cs var:Lang.home.ip ?></th></tr></thead>
<tbody>
<?cs each:l = Home.logins ?><tr><td data-label="<?cs var:Lang.home.at ?>"><?cs var:l.at ?> UTC</td><td data-label="<?cs var:Lang.home.ip ?>"><?cs var:l.ip ?></td></tr>
<?cs /each ?>
</tbody>
</table>
<?cs else ?><p><?cs var:Lang.home.none ?></p><?cs /if ?>
</section>
<?cs if:User.role == "admin" ?>
<section class="card">
<h2><?cs var:Lang.home.admin ?></h2>
<ul>
<li><a href="/admin/staff"><?cs var:Lang.nav.staff ?></a></li>
<li><a href="/admin/audit"><?cs var:Lang.nav.audit ?></a></li>
<li><a href="/admin/tiers"><?cs var:Lang.nav.tiers ?></a></li>
<li><a href="/admin/categories"><?cs var:Lang.nav.categories ?></a></li>
</ul>
</section>
<?cs /if ?>
<?cs include:"layout/bottom.cs" ?>
