<?cs # staff/wall_keys.cs: wall-board keys (managers): make one (its address shown once), revoke. ?><?cs set:Page.title = Lang.wall.keys_title ?><?cs include:"layout/top.cs" ?><?cs include:"layout/forms.cs" ?>
<h1><?cs var:Lang.wall.keys_title ?></h1>
<p class="help"><?cs var:Lang.wall.keys_help ?></p>
<?cs if:NewKey.url ?><section class="card" role="status"><p><?cs var:Lang.wall.new_key ?></p><p><code id="new-key"><?cs var:NewKey.url ?></code></p></section><?cs /if ?>
<section class="card narrow">
<form method="post" action="/leaderboard/keys">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<?cs call:text_field("label", Lang.wall.label, "text", "required") ?>
<button type="submit" class="primary"><?cs var:Lang.wall.make ?></button>
</form>
</section>
<div class="table-wrap"><table id="keys">
<thead><tr><th scope="col"><?cs var:Lang.wall.label ?></th><th scope="col"><?cs var:Lang.wall.made ?></th><th scope="col"><?cs var:Lang.staff.actions ?></th></tr></thead>
<tbody>
<?cs each:k = Keys ?><tr data-key="<?cs var:k.id ?>">
<td data-label="<?cs var:Lang.wall.label ?>"><?cs var:k.label ?></td>
<td data-label="<?cs var:Lang.wall.made ?>"><?cs var:k.created ?>, <?cs var:k.by ?></td>
<td data-label="<?cs var:Lang.staff.actions ?>"><?cs if:k.revoked ?><?cs var:Lang.wall.revoked ?> <?cs var:k.revoked ?><?cs else ?><form method="post" action="/leaderboard/keys/<?cs var:k.id ?>/revoke"><input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>"><button type="submit" class="danger"><?cs var:Lang.wall.revoke ?></button></form><?cs /if ?></td>
</tr>
<?cs /each ?>
</tbody></table></div>
<?cs include:"layout/bottom.cs" ?>
