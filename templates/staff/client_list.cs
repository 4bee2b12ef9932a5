<?cs # staff/client_list.cs: the client list with search, filters and keyset pages. ?><?cs set:Page.title = Lang.client.list_title ?><?cs include:"layout/top.cs" ?><?cs include:"layout/forms.cs" ?>
<div class="page-head">
<h1><?cs var:Lang.client.list_title ?></h1>
<span><?cs if:User.role != "agent" ?><a class="button" href="/clients/import"><?cs var:Lang.import.title ?></a><?cs /if ?>
<a class="button" href="/clients/export.csv?q=<?cs var:url_escape(Form.q) ?>&amp;segment=<?cs var:url_escape(Form.segment) ?>&amp;manager=<?cs var:url_escape(Form.manager) ?>&amp;status=<?cs var:url_escape(Form.status) ?>&amp;tag=<?cs var:url_escape(Form.tag) ?>&amp;sort=<?cs var:url_escape(Form.sort) ?>"><?cs var:Lang.client.export ?></a>
<a class="button primary" href="/clients/new"><?cs var:Lang.client.new ?></a></span>
</div>
<form method="get" action="/clients" class="card filters" role="search">
<div class="field grow">
<label for="f-q"><?cs var:Lang.client.search_label ?></label>
<input id="f-q" name="q" type="search" value="<?cs var:Form.q ?>" maxlength="100" autofocus>
</div>
<?cs call:id_select("segment", Lang.client.segment, Segments, Form.segment, Lang.client.any) ?>
<?cs call:id_select("manager", Lang.client.manager, Managers, Form.manager, Lang.client.any) ?>
<?cs call:enum_select("status", Lang.client.status, Lang.status, Form.status, Lang.client.any) ?>
<?cs call:text_field("tag", Lang.client.tag, "text", "") ?>
<?cs call:enum_select("sort", Lang.client.sort, Lang.sort, Form.sort, "") ?>
<div class="field"><button type="submit" class="primary"><?cs var:Lang.client.search ?></button></div>
</form>
<?cs if:subcount(Clients) > 0 ?>
<div class="table-wrap">
<table>
<thead><tr>
<th scope="col"><?cs var:Lang.client.name ?></th>
<th scope="col"><?cs var:Lang.client.city ?></th>
<th scope="col"><?cs var:Lang.client.phone ?></th>
<th scope="col"><?cs var:Lang.client.status ?></th>
<th scope="col"><?cs var:Lang.client.manager ?></th>
<th scope="col"><?cs var:Lang.client.last_contact ?></th>
</tr></thead>
<tbody>
<?cs each:c = Clients ?><tr>
<td data-label="<?cs var:Lang.client.name ?>"><a href="/clients/<?cs var:c.id ?>"><?cs var:c.name ?></a><?cs if:c.kind == "company" ?> <small>(<?cs var:Lang.kind.company ?>)</small><?cs /if ?></td>
<td data-label="<?cs var:Lang.client.city ?>"><?cs var:c.city ?></td>
<td data-label="<?cs var:Lang.client.phone ?>"><?cs var:c.phone ?></td>
<td data-label="<?cs var:Lang.client.status ?>"><?cs var:Lang.status[c.status] ?></td>
<td data-label="<?cs var:Lang.client.manager ?>"><?cs var:c.manager ?></td>
<td data-label="<?cs var:Lang.client.last_contact ?>"><?cs var:c.contact ?></td>
</tr>
<?cs /each ?>
</tbody>
</table>
</div>
<?cs else ?><p class="card"><?cs var:Lang.client.no_results ?></p><?cs /if ?>
<nav class="pager" aria-label="<?cs var:Lang.client.pages ?>">
<?cs if:Form.after ?><a href="/clients?q=<?cs var:url_escape(Form.q) ?>&amp;segment=<?cs var:url_escape(Form.segment) ?>&amp;manager=<?cs var:url_escape(Form.manager) ?>&amp;status=<?cs var:url_escape(Form.status) ?>&amp;tag=<?cs var:url_escape(Form.tag) ?>&amp;sort=<?cs var:url_escape(Form.sort) ?>"><?cs var:Lang.client.first ?></a><?cs /if ?>
<?cs if:Page.next_after ?><a rel="next" href="/clients?q=<?cs var:url_escape(Form.q) ?>&amp;segment=<?cs var:url_escape(Form.segment) ?>&amp;manager=<?cs var:url_escape(Form.manager) ?>&amp;status=<?cs var:url_escape(Form.status) ?>&amp;tag=<?cs var:url_escape(Form.tag) ?>&amp;sort=<?cs var:url_escape(Form.sort) ?>&amp;after=<?cs var:Page.next_after ?>"><?cs var:Lang.client.next ?></a><?cs /if ?>
</nav>
<?cs include:"layout/bottom.cs" ?>
