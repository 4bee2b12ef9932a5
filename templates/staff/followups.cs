<?cs # staff/followups.cs: the signed-in person's follow-ups due and overdue (next 7 days). ?><?cs set:Page.title = Lang.client.followups_title ?><?cs include:"layout/top.cs" ?>
<h1><?cs var:Lang.client.followups_title ?></h1>
<?cs if:subcount(Followups.list) > 0 ?>
<div class="table-wrap"><table>
<thead><tr><th scope="col"><?cs var:Lang.client.due ?></th><th scope="col"><?cs var:Lang.client.name ?></th><th scope="col"><?cs var:Lang.client.summary ?></th><th scope="col"><?cs var:Lang.staff.actions ?></th></tr></thead>
<tbody>
<?cs each:f = Followups.list ?><tr<?cs if:f.overdue == "1" ?> class="overdue"<?cs /if ?>>
<td data-label="<?cs var:Lang.client.due ?>"><?cs var:f.due ?><?cs if:f.overdue == "1" ?> <strong>(<?cs var:Lang.client.overdue ?>)</strong><?cs /if ?></td>
<td data-label="<?cs var:Lang.client.name ?>"><a href="/clients/<?cs var:f.client_id ?>"><?cs var:f.client ?></a></td>
<td data-label="<?cs var:Lang.client.summary ?>"><?cs var:Lang.ichannel[f.channel] ?>: <?cs var:f.summary ?></td>
<td class="actions" data-label="<?cs var:Lang.staff.actions ?>"><form method="post" action="/interactions/<?cs var:f.id ?>/done" class="inline"><input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>"><button type="submit"><?cs var:Lang.client.done ?><span class="visually-hidden">: <?cs var:f.client ?></span></button></form></td>
</tr>
<?cs /each ?>
</tbody></table></div>
<?cs else ?><p class="card"><?cs var:Lang.client.followups_empty ?></p><?cs /if ?>
<?cs include:"layout/bottom.cs" ?>
