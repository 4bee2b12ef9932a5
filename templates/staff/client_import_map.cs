<?cs # staff/client_import_map.cs: mapping CSV columns to client fields, the preview, the import and its undo. ?><?cs set:Page.title = Lang.import.title ?><?cs include:"layout/top.cs" ?>
<section class="card">
<h1><?cs var:Lang.import.title ?>: <?cs var:Batch.filename ?></h1>
<p><?cs var:Lang.import.uploaded ?> <?cs var:Batch.created ?> (<?cs var:Batch.who ?>) &mdash; <strong><?cs var:Lang.import.state[Batch.status] ?></strong></p>
<?cs if:Form.error ?><p class="error" role="alert"><?cs var:Form.error ?></p><?cs /if ?>
<?cs if:Batch.status == "imported" ?>
<p role="status"><?cs var:Lang.import.done ?> <?cs var:Batch.imported ?> / <?cs var:Batch.total ?> (<?cs var:Lang.import.skipped ?>: <?cs var:Batch.skipped ?>)</p>
<form method="post" action="/clients/import/<?cs var:Batch.id ?>/undo">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<button type="submit"><?cs var:Lang.import.undo ?></button>
</form>
<?cs elif:Batch.status == "undone" ?>
<p role="status"><?cs var:Lang.import.undone ?></p>
<?cs else ?>
<form method="get" action="/clients/import/<?cs var:Batch.id ?>">
<input type="hidden" name="mapped" value="1">
<fieldset>
<legend><?cs var:Lang.import.mapping ?></legend>
<div class="grid-form">
<?cs each:col = Columns ?><div class="field">
<label for="f-map_<?cs var:col.index ?>"><?cs var:Lang.import.column ?> &ldquo;<?cs var:col.header ?>&rdquo;</label>
<select id="f-map_<?cs var:col.index ?>" name="map_<?cs var:col.index ?>">
<option value=""><?cs var:Lang.import.ignore ?></option>
<?cs each:t = Targets ?><option value="<?cs var:t.field ?>"<?cs if:t.field == col.target ?> selected<?cs /if ?>><?cs var:t.label ?></option>
<?cs /each ?></select>
</div>
<?cs /each ?>
</div>
<button type="submit"><?cs var:Lang.import.preview ?></button>
</fieldset>
</form>
<p role="status"><?cs var:Lang.import.rows ?>: <?cs var:Preview.rows ?>; <?cs var:Lang.import.bad ?>: <strong><?cs var:Preview.bad ?></strong>; <?cs var:Lang.import.dups ?>: <?cs var:Preview.dups ?> <small>(<?cs var:Lang.import.dups_note ?> <?cs var:Preview.shown ?>)</small></p>
<div class="table-wrap"><table>
<thead><tr><th scope="col"><?cs var:Lang.import.line ?></th><th scope="col"><?cs var:Lang.client.name ?></th><th scope="col"><?cs var:Lang.client.phone ?></th><th scope="col"><?cs var:Lang.client.email ?></th><th scope="col"><?cs var:Lang.client.city ?></th><th scope="col"><?cs var:Lang.import.check ?></th></tr></thead>
<tbody>
<?cs each:r = Rows ?><tr<?cs if:subcount(r.errors) > 0 ?> class="overdue"<?cs /if ?>>
<td data-label="<?cs var:Lang.import.line ?>"><?cs var:r.line ?></td>
<td data-label="<?cs var:Lang.client.name ?>"><?cs var:r.name ?></td>
<td data-label="<?cs var:Lang.client.phone ?>"><?cs var:r.phone ?></td>
<td data-label="<?cs var:Lang.client.email ?>"><?cs var:r.email ?></td>
<td data-label="<?cs var:Lang.client.city ?>"><?cs var:r.city ?></td>
<td data-label="<?cs var:Lang.import.check ?>"><?cs each:e = r.errors ?><span class="field-error"><?cs name:e ?>: <?cs var:e ?></span><br><?cs /each ?><?cs if:r.dup == "1" ?><?cs var:Lang.import.dup_row ?><?cs /if ?><?cs if:subcount(r.errors) == 0 && r.dup != "1" ?><?cs var:Lang.import.ok ?><?cs /if ?></td>
</tr>
<?cs /each ?>
</tbody></table></div>
<form method="post" action="/clients/import/<?cs var:Batch.id ?>">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<input type="hidden" name="mapped" value="1">
<?cs each:col = Columns ?><input type="hidden" name="map_<?cs var:col.index ?>" value="<?cs var:col.target ?>"><?cs /each ?>
<fieldset class="inline-choice">
<legend><?cs var:Lang.import.dups_choice ?></legend>
<label><input type="radio" name="dups" value="skip"<?cs if:Form.dups != "import" ?> checked<?cs /if ?>> <?cs var:Lang.import.dups_skip ?></label>
<label><input type="radio" name="dups" value="import"<?cs if:Form.dups == "import" ?> checked<?cs /if ?>> <?cs var:Lang.import.dups_import ?></label>
</fieldset>
<button type="submit" class="primary"<?cs if:Preview.bad > 0 ?> disabled<?cs /if ?>><?cs var:Lang.import.commit ?></button>
<?cs if:Preview.bad > 0 ?><p class="help"><?cs var:Lang.import.has_errors ?></p><?cs /if ?>
</form>
<?cs /if ?>
<p><a href="/clients/import"><?cs var:Lang.import.back ?></a></p>
</section>
<?cs include:"layout/bottom.cs" ?>
