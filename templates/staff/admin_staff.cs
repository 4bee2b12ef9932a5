<?cs # staff/admin_staff.cs: the list of staff accounts with their actions. ?><?cs set:Page.title = Lang.staff.title ?><?cs include:"layout/top.cs" ?>
<h1><?cs var:Lang.staff.title ?></h1>
<p><a class="button primary" href="/admin/staff/new"><?cs var:Lang.staff.new ?></a></p>
<div class="table-wrap">
<table>
<thead><tr>
<th scope="col"><?cs var:Lang.staff.username ?></th>
<th scope="col"><?cs var:Lang.staff.name ?></th>
<th scope="col"><?cs var:Lang.staff.role ?></th>
<th scope="col"><?cs var:Lang.staff.status ?></th>
<th scope="col"><?cs var:Lang.board.team ?></th>
<th scope="col"><?cs var:Lang.staff.actions ?></th>
</tr></thead>
<tbody>
<?cs each:s = Staff ?><tr id="staff-<?cs var:s.id ?>">
<td data-label="<?cs var:Lang.staff.username ?>"><?cs var:s.username ?></td>
<td data-label="<?cs var:Lang.staff.name ?>"><?cs var:s.name ?></td>
<td data-label="<?cs var:Lang.staff.role ?>"><?cs var:Lang.role[s.role] ?></td>
<td data-label="<?cs var:Lang.staff.status ?>"><?cs if:s.active == "1" ?><?cs var:Lang.staff.active ?><?cs else ?><?cs var:Lang.staff.disabled ?><?cs /if ?></td>
<td data-label="<?cs var:Lang.board.team ?>"><form method="post" action="/admin/staff/<?cs var:s.id ?>/team" class="inline-row"><input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<label for="team-<?cs var:s.id ?>" class="visually-hidden"><?cs var:Lang.board.team ?></label>
<select id="team-<?cs var:s.id ?>" name="team"><option value=""><?cs var:Lang.staff.no_team ?></option><?cs each:t = Teams ?><option value="<?cs var:t.id ?>"<?cs if:t.id == s.team ?> selected<?cs /if ?>><?cs var:t.name ?></option><?cs /each ?></select>
<button type="submit"><?cs var:Lang.staff.save ?></button></form></td>
<td class="actions" data-label="<?cs var:Lang.staff.actions ?>">
<?cs if:s.active == "1" ?>
<form method="post" action="/admin/staff/<?cs var:s.id ?>/disable" class="inline"><input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>"><button type="submit"><?cs var:Lang.staff.disable ?></button></form>
<?cs else ?>
<form method="post" action="/admin/staff/<?cs var:s.id ?>/enable" class="inline"><input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>"><button type="submit"><?cs var:Lang.staff.enable ?></button></form>
<?cs /if ?>
<a href="/admin/staff/<?cs var:s.id ?>/password"><?cs var:Lang.staff.set_password ?></a>
</td>
</tr>
<?cs /each ?>
</tbody>
</table>
</div>
<?cs include:"layout/bottom.cs" ?>
