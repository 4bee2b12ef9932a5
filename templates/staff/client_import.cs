<?cs # staff/client_import.cs: uploading a CSV file of clients, and the recent imports. ?><?cs set:Page.title = Lang.import.title ?><?cs include:"layout/top.cs" ?>
<section class="card narrow">
<h1><?cs var:Lang.import.title ?></h1>
<p><?cs var:Lang.import.help ?></p>
<?cs if:Form.error ?><p class="error" role="alert" id="upload-error"><?cs var:Form.error ?></p><?cs /if ?>
<form method="post" action="/clients/import" enctype="multipart/form-data">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<div class="field">
<label for="f-file"><?cs var:Lang.import.file ?></label>
<input id="f-file" name="file" type="file" accept=".csv,text/csv" required<?cs if:Form.error ?> aria-describedby="upload-error"<?cs /if ?>>
</div>
<button type="submit" class="primary"><?cs var:Lang.import.upload ?></button>
</form>
</section>
<?cs if:subcount(Batches) > 0 ?>
<section class="card">
<h2><?cs var:Lang.import.recent ?></h2>
<div class="table-wrap"><table>
<thead><tr><th scope="col"><?cs var:Lang.import.file ?></th><th scope="col"><?cs var:Lang.import.status ?></th><th scope="col"><?cs var:Lang.import.imported ?></th><th scope="col"><?cs var:Lang.audit.who ?></th><th scope="col"><?cs var:Lang.audit.when ?></th></tr></thead>
<tbody>
<?cs each:b = Batches ?><tr>
<td data-label="<?cs var:Lang.import.file ?>"><a href="/clients/import/<?cs var:b.id ?>"><?cs var:b.filename ?></a></td>
<td data-label="<?cs var:Lang.import.status ?>"><?cs var:Lang.import.state[b.status] ?></td>
<td data-label="<?cs var:Lang.import.imported ?>"><?cs var:b.imported ?></td>
<td data-label="<?cs var:Lang.audit.who ?>"><?cs var:b.who ?></td>
<td data-label="<?cs var:Lang.audit.when ?>"><?cs var:b.created ?></td>
</tr>
<?cs /each ?>
</tbody></table></div>
</section>
<?cs /if ?>
<?cs include:"layout/bottom.cs" ?>
