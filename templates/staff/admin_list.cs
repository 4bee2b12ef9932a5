<?cs # staff/admin_list.cs: an admin-managed name list (client segments, product categories): add, rename, retire. ?><?cs set:L = Lang[List.section] ?><?cs set:Page.title = L.title ?><?cs include:"layout/top.cs" ?><?cs include:"layout/forms.cs" ?>
<h1><?cs var:L.title ?></h1>
<?cs if:subcount(Form.errors) > 0 ?><p class="error" role="alert"><?cs var:Lang.err.form ?></p><?cs /if ?>
<section class="card narrow">
<h2><?cs var:L.add ?></h2>
<form method="post" action="<?cs var:List.url ?>">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<?cs call:text_field("name", L.name, "text", "required") ?>
<button type="submit" class="primary"><?cs var:L.add ?></button>
</form>
</section>
<div class="table-wrap"><table>
<thead><tr><th scope="col"><?cs var:L.name ?></th><th scope="col"><?cs var:L.uses ?></th><th scope="col"><?cs var:Lang.staff.actions ?></th></tr></thead>
<tbody>
<?cs each:s = Items ?><tr>
<td data-label="<?cs var:L.name ?>"><?cs var:s.name ?><?cs if:s.active != "1" ?> <small>(<?cs var:L.retired ?>)</small><?cs /if ?></td>
<td data-label="<?cs var:L.uses ?>"><?cs var:s.uses ?></td>
<td data-label="<?cs var:Lang.staff.actions ?>">
<form method="post" action="<?cs var:List.url ?>/<?cs var:s.id ?>" class="inline-row">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<label for="item-<?cs var:s.id ?>" class="visually-hidden"><?cs var:L.name ?></label>
<input id="item-<?cs var:s.id ?>" name="name" type="text" value="<?cs var:s.name ?>" required maxlength="80">
<label><input type="checkbox" name="active" value="1"<?cs if:s.active == "1" ?> checked<?cs /if ?>> <?cs var:L.active ?></label>
<button type="submit"><?cs var:Lang.staff.save ?></button>
</form>
</td>
</tr>
<?cs /each ?>
</tbody></table></div>
<?cs include:"layout/bottom.cs" ?>
