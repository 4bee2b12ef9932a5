<?cs # staff/admin_audit.cs: the audit log, newest first, 50 a page (keyset). ?><?cs set:Page.title = Lang.audit.title ?><?cs include:"layout/top.cs" ?>
<h1><?cs var:Lang.audit.title ?></h1>
<div class="table-wrap">
<table>
<thead><tr>
<th scope="col"><?cs var:Lang.audit.when ?></th>
<th scope="col"><?cs var:Lang.audit.who ?></th>
<th scope="col"><?cs var:Lang.audit.ip ?></th>
<th scope="col"><?cs var:Lang.audit.action ?></th>
<th scope="col"><?cs var:Lang.audit.record ?></th>
<th scope="col"><?cs var:Lang.audit.change ?></th>
<th scope="col"><?cs var:Lang.audit.detail ?></th>
</tr></thead>
<tbody>
<?cs each:a = Audit ?><tr>
<td data-label="<?cs var:Lang.audit.when ?>"><?cs var:a.at ?></td>
<td data-label="<?cs var:Lang.audit.who ?>"><?cs var:a.who ?></td>
<td data-label="<?cs var:Lang.audit.ip ?>"><?cs var:a.ip ?></td>
<td data-label="<?cs var:Lang.audit.action ?>"><?cs var:a.action ?></td>
<td data-label="<?cs var:Lang.audit.record ?>"><?cs var:a.entity ?> <?cs var:a.entity_id ?></td>
<td data-label="<?cs var:Lang.audit.change ?>"><?cs if:a.field ?><?cs var:a.field ?>: <?cs var:a.old ?> &rarr; <?cs var:a.new ?><?cs /if ?></td>
<td data-label="<?cs var:Lang.audit.detail ?>"><?cs var:a.detail ?></td>
</tr>
<?cs /each ?>
</tbody>
</table>
</div>
<?cs if:Page.next_before ?><p><a href="/admin/audit?before=<?cs var:Page.next_before ?>"><?cs var:Lang.audit.older ?></a></p><?cs /if ?>
<?cs include:"layout/bottom.cs" ?>
