<?cs # staff/home.cs: the signed-in home page. ?><?cs set:Page.title = Lang.home.title ?><?cs include:"layout/top.cs" ?>
<h1><?cs var:Lang.home.hello ?>, <?cs var:User.name ?></h1>
<p><?cs var:Lang.home.role_is ?> <strong><?cs var:Lang.role[User.role] ?></strong>.</p>
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
</ul>
</section>
<?cs /if ?>
<?cs include:"layout/bottom.cs" ?>
