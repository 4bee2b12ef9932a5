<?cs # staff/admin_segments.cs: the segments clients are grouped in (admins add, rename and retire them). ?><?cs set:Page.title = Lang.segments.title ?><?cs include:"layout/top.cs" ?><?cs include:"layout/forms.cs" ?>
<h1><?cs var:Lang.segments.title ?></h1>
<?cs if:subcount(Form.errors) > 0 ?><p class="error" role="alert"><?cs var:Lang.err.form ?></p><?cs /if ?>
<section class="card narrow">
<h2><?cs var:Lang.segments.add ?></h2>
<form method="post" action="/admin/segments">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<?cs call:text_field("name", Lang.segments.name, "text", "required") ?>
<button type="submit" class="primary"><?cs var:Lang.segments.add ?></button>
</form>
</section>
<div class="table-wrap"><table>
<thead><tr><th scope="col"><?cs var:Lang.segments.name ?></th><th scope="col"><?cs var:Lang.segments.clients ?></th><th scope="col"><?cs var:Lang.staff.actions ?></th></tr></thead>
<tbody>
<?cs each:s = Segments ?><tr>
<td data-label="<?cs var:Lang.segments.name ?>"><?cs var:s.name ?><?cs if:s.active != "1" ?> <small>(<?cs var:Lang.segments.retired ?>)</small><?cs /if ?></td>
<td data-label="<?cs var:Lang.segments.clients ?>"><?cs var:s.clients ?></td>
<td data-label="<?cs var:Lang.staff.actions ?>">
<form method="post" action="/admin/segments/<?cs var:s.id ?>" class="inline-row">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<label for="seg-<?cs var:s.id ?>" class="visually-hidden"><?cs var:Lang.segments.name ?></label>
<input id="seg-<?cs var:s.id ?>" name="name" type="text" value="<?cs var:s.name ?>" required maxlength="80">
<label><input type="checkbox" name="active" value="1"<?cs if:s.active == "1" ?> checked<?cs /if ?>> <?cs var:Lang.segments.active ?></label>
<button type="submit"><?cs var:Lang.staff.save ?></button>
</form>
</td>
</tr>
<?cs /each ?>
</tbody></table></div>
<?cs include:"layout/bottom.cs" ?>
