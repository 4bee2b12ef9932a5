<?cs # staff/client_merge.cs: merging another client into this one, field group by field group. ?><?cs set:Page.title = Lang.client.merge_title ?><?cs include:"layout/top.cs" ?>
<section class="card">
<h1><?cs var:Lang.client.merge_title ?>: <?cs var:A.sort_name ?></h1>
<?cs if:!B.id ?>
<p><?cs var:Lang.client.merge_help ?></p>
<?cs if:subcount(Duplicates) > 0 ?>
<h2><?cs var:Lang.client.dup_title ?></h2>
<ul><?cs each:d = Duplicates ?><li><a href="/clients/<?cs var:A.id ?>/merge?other=<?cs var:d.id ?>"><?cs var:d.name ?></a><?cs if:d.city ?>, <?cs var:d.city ?><?cs /if ?> (#<?cs var:d.id ?>)</li><?cs /each ?></ul>
<?cs /if ?>
<form method="get" action="/clients/<?cs var:A.id ?>/merge">
<div class="field">
<label for="f-other"><?cs var:Lang.client.merge_other ?></label>
<input id="f-other" name="other" type="text" inputmode="numeric" required>
</div>
<button type="submit" class="primary"><?cs var:Lang.client.merge_compare ?></button>
</form>
<?cs else ?>
<p><?cs var:Lang.client.merge_explain ?></p>
<form method="post" action="/clients/<?cs var:A.id ?>/merge">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<input type="hidden" name="other" value="<?cs var:B.id ?>">
<div class="table-wrap"><table class="merge">
<thead><tr><th scope="col"><?cs var:Lang.client.merge_field ?></th>
<th scope="col"><?cs var:Lang.client.merge_keep ?> #<?cs var:A.id ?> <?cs var:A.sort_name ?></th>
<th scope="col"><?cs var:Lang.client.merge_gone ?> #<?cs var:B.id ?> <?cs var:B.sort_name ?></th></tr></thead>
<tbody>
<?cs each:g = Groups ?><tr>
<th scope="row"><?cs var:g.label ?></th>
<td><label><input type="radio" name="<?cs var:g.pick ?>" value="a"<?cs if:g.chosen == "a" ?> checked<?cs /if ?>> <?cs alt:g.a ?><?cs var:Lang.client.none ?><?cs /alt ?></label></td>
<td><label><input type="radio" name="<?cs var:g.pick ?>" value="b"<?cs if:g.chosen == "b" ?> checked<?cs /if ?>> <?cs alt:g.b ?><?cs var:Lang.client.none ?><?cs /alt ?></label></td>
</tr>
<?cs /each ?>
</tbody></table></div>
<p><?cs var:Lang.client.merge_moves ?></p>
<button type="submit" class="primary"><?cs var:Lang.client.merge_submit ?></button>
<a href="/clients/<?cs var:A.id ?>"><?cs var:Lang.client.cancel ?></a>
</form>
<?cs /if ?>
</section>
<?cs include:"layout/bottom.cs" ?>
