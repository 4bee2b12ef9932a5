<?cs # staff/case_list.cs: the desk's queue of cases with its filters, the time left on each, keyset pages. ?><?cs set:Page.title = Lang.case.queue_title ?><?cs include:"layout/top.cs" ?><?cs include:"layout/forms.cs" ?>
<div class="page-head">
<h1><?cs var:Lang.case.queue_title ?></h1>
<span><a class="button primary" href="/cases/new" id="new-case"><?cs var:Lang.case.new_title ?></a> <a class="button" href="/cases?due=overdue&amp;sort=urgent"><?cs var:Lang.case.overdue_list ?></a> <a class="button" href="/cases?due=near&amp;sort=urgent"><?cs var:Lang.case.near_list ?></a> <a class="button" href="/cases?assignee=me"><?cs var:Lang.case.mine ?></a></span>
</div>
<form method="get" action="/cases" class="card filters" role="search">
<div class="field">
<label for="f-state"><?cs var:Lang.case.state ?></label>
<select id="f-state" name="state">
<option value="open"<?cs if:Form.state == "open" ?> selected<?cs /if ?>><?cs var:Lang.case.state_open ?></option>
<?cs each:o = Lang.case_state ?><option value="<?cs name:o ?>"<?cs if:name(o) == Form.state ?> selected<?cs /if ?>><?cs var:o ?></option>
<?cs /each ?><option value="all"<?cs if:Form.state == "all" ?> selected<?cs /if ?>><?cs var:Lang.case.state_all ?></option>
</select>
</div>
<?cs call:enum_select("kind", Lang.case.kind, Lang.case_kind, Form.kind, Lang.client.any) ?>
<?cs call:id_select("category", Lang.case.category, Categories, Form.category, Lang.client.any) ?>
<div class="field">
<label for="f-assignee"><?cs var:Lang.case.assignee ?></label>
<select id="f-assignee" name="assignee">
<option value=""><?cs var:Lang.client.any ?></option>
<option value="me"<?cs if:Form.assignee == "me" ?> selected<?cs /if ?>><?cs var:Lang.case.me ?></option>
<option value="none"<?cs if:Form.assignee == "none" ?> selected<?cs /if ?>><?cs var:Lang.case.nobody ?></option>
<?cs each:o = Managers ?><option value="<?cs var:o.id ?>"<?cs if:o.id == Form.assignee ?> selected<?cs /if ?>><?cs var:o.name ?></option>
<?cs /each ?></select>
</div>
<?cs call:enum_select("due", Lang.case.due_filter, Lang.case_due, Form.due, Lang.client.any) ?>
<?cs call:enum_select("sort", Lang.case.sort, Lang.case_sort, Form.sort, "") ?>
<?cs if:Form.product ?><input type="hidden" name="product" value="<?cs var:Form.product ?>"><?cs /if ?>
<div class="field"><button type="submit" class="primary"><?cs var:Lang.client.search ?></button></div>
</form>
<?cs set:filters = "state=" + url_escape(Form.state) + "&kind=" + url_escape(Form.kind) + "&category=" + url_escape(Form.category) + "&product=" + url_escape(Form.product) + "&assignee=" + url_escape(Form.assignee) + "&due=" + url_escape(Form.due) + "&sort=" + url_escape(Form.sort) ?>
<?cs if:subcount(Cases) > 0 ?>
<div class="table-wrap">
<table id="cases">
<thead><tr>
<th scope="col"><?cs var:Lang.case.number ?></th>
<th scope="col"><?cs var:Lang.case.received ?></th>
<th scope="col"><?cs var:Lang.case.customer ?></th>
<th scope="col"><?cs var:Lang.case.category ?></th>
<th scope="col"><?cs var:Lang.case.assignee ?></th>
<th scope="col"><?cs var:Lang.case.state ?></th>
<th scope="col"><?cs var:Lang.case.left ?></th>
</tr></thead>
<tbody>
<?cs each:c = Cases ?><tr id="case-<?cs var:c.id ?>" class="<?cs var:c.urgency ?> prio-<?cs var:c.priority ?>">
<td data-label="<?cs var:Lang.case.number ?>"><a href="/cases/<?cs var:c.id ?>">#<?cs var:c.id ?></a> <?cs var:Lang.case_kind[c.kind] ?><?cs if:c.priority == "urgent" || c.priority == "high" ?> <strong class="prio"><?cs var:Lang.priority[c.priority] ?></strong><?cs /if ?></td>
<td data-label="<?cs var:Lang.case.received ?>"><?cs var:c.at ?></td>
<td data-label="<?cs var:Lang.case.customer ?>"><?cs if:c.client_id ?><a href="/clients/<?cs var:c.client_id ?>"><?cs var:c.client ?></a><?cs else ?><?cs var:c.customer ?><?cs /if ?><?cs if:c.customer_wrote == "1" ?> <span class="badge"><?cs var:Lang.case.customer_wrote ?></span><?cs /if ?></td>
<td data-label="<?cs var:Lang.case.category ?>"><?cs var:c.category ?></td>
<td data-label="<?cs var:Lang.case.assignee ?>"><?cs alt:c.assignee ?><?cs var:Lang.case.nobody ?><?cs /alt ?></td>
<td data-label="<?cs var:Lang.case.state ?>"><?cs var:Lang.case_state[c.state] ?></td>
<td data-label="<?cs var:Lang.case.left ?>" class="left"><?cs if:c.urgency == "paused" ?><?cs var:Lang.case.paused ?> (<?cs var:c.left_h ?> h <?cs var:c.left_m ?> min)<?cs elif:c.left_h != "" ?><?cs if:c.over == "1" ?><strong><?cs var:Lang.case.overdue_by ?> <?cs var:c.left_h ?> h <?cs var:c.left_m ?> min</strong><?cs else ?><?cs var:c.left_h ?> h <?cs var:c.left_m ?> min<?cs /if ?><?cs /if ?></td>
</tr>
<?cs /each ?>
</tbody>
</table>
</div>
<p class="help"><?cs var:Lang.case.left_help ?></p>
<?cs else ?><p class="card" id="no-cases"><?cs var:Lang.case.none ?></p><?cs /if ?>
<nav class="pager" aria-label="<?cs var:Lang.client.pages ?>">
<?cs if:Form.after ?><a href="/cases?<?cs var:filters ?>"><?cs var:Lang.client.first ?></a><?cs /if ?>
<?cs if:Page.next_after ?><a rel="next" href="/cases?<?cs var:filters ?>&amp;after=<?cs var:Page.next_after ?><?cs if:Page.next_after_due ?>&amp;after_due=<?cs var:Page.next_after_due ?><?cs /if ?>"><?cs var:Lang.client.next ?></a><?cs /if ?>
</nav>
<?cs include:"layout/bottom.cs" ?>
