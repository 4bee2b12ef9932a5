<?cs # staff/case_view.cs: one case: what the customer wrote, how to answer them, its clocks, client, timeline and the forms that work it. ?><?cs set:Page.title = Lang.case.title + " #" + Case.id ?><?cs include:"layout/top.cs" ?><?cs include:"layout/forms.cs" ?>
<?cs def:clock(c, label) ?><dt><?cs var:label ?></dt><dd class="clock"><?cs if:c.target_h == "0" && c.target_m == "0" ?><?cs var:Lang.case.no_target ?><?cs elif:c.met ?><span class="<?cs if:c.met == "1" ?>met<?cs else ?>missed<?cs /if ?>"><?cs if:c.met == "1" ?><?cs var:Lang.case.met ?><?cs else ?><?cs var:Lang.case.missed ?><?cs /if ?>: <?cs var:c.taken_h ?> h <?cs var:c.taken_m ?> min</span><?cs elif:c.due ?><?cs var:Lang.case.due ?> <?cs var:c.due ?><?cs if:c.left_h != "" ?>, <?cs if:c.over == "1" ?><strong class="missed"><?cs var:Lang.case.overdue_by ?> <?cs var:c.left_h ?> h <?cs var:c.left_m ?> min</strong><?cs else ?><?cs var:c.left_h ?> h <?cs var:c.left_m ?> min <?cs var:Lang.case.left_word ?><?cs /if ?><?cs /if ?><?cs /if ?> <small>(<?cs var:Lang.case.target ?> <?cs var:c.target_h ?> h<?cs if:c.target_m != "0" ?> <?cs var:c.target_m ?> min<?cs /if ?>)</small></dd><?cs /def ?>
<div class="page-head">
<h1><?cs var:Lang.case_kind[Case.kind] ?> #<?cs var:Case.id ?> <small><?cs var:Case.customer ?></small></h1>
<span class="state-badge state-<?cs var:Case.state ?>" id="case-state"><?cs var:Lang.case_state[Case.state] ?></span>
</div>
<?cs if:Case.receipt_code ?><p class="notice" role="status"><?cs var:Lang.case.receipt_for_customer ?>: <strong class="receipt" id="receipt-code"><?cs var:Case.receipt_code ?></strong></p><?cs /if ?>
<div class="columns">
<section class="card" id="request">
<h2><?cs var:Lang.case.request ?></h2>
<dl class="facts">
<dt><?cs var:Lang.case.received ?></dt><dd><?cs var:Case.at ?> <small>(UTC, <?cs var:Lang.case_source[Case.source] ?><?cs if:Case.created_by ?>, <?cs var:Lang.case.entered_by ?> <?cs var:Case.created_by ?><?cs /if ?>)</small></dd>
<?cs if:Case.category ?><dt><?cs var:Lang.case.category ?></dt><dd><?cs var:Case.category ?></dd><?cs /if ?>
<?cs if:Case.product ?><dt><?cs var:Lang.case.product ?></dt><dd><a href="/products/<?cs var:Case.product_id ?>"><?cs var:Case.product ?></a></dd><?cs /if ?>
<?cs if:Case.order_ref ?><dt><?cs var:Lang.case.order_ref ?></dt><dd><?cs var:Case.order_ref ?></dd><?cs /if ?>
<dt><?cs var:Lang.case.customer ?></dt><dd><?cs var:Case.customer ?></dd>
<?cs if:Case.email ?><dt><?cs var:Lang.client.email ?></dt><dd><?cs var:Case.email ?></dd><?cs /if ?>
<?cs if:Case.phone ?><dt><?cs var:Lang.client.phone ?></dt><dd><?cs var:Case.phone ?></dd><?cs /if ?>
<dt><?cs var:Lang.case.answer_in ?></dt><dd><?cs var:Lang.lang_name[Case.lang] ?>; <?cs if:Case.consent == "1" ?><?cs var:Lang.case.consent_yes ?><?cs else ?><?cs var:Lang.case.consent_no ?><?cs /if ?></dd>
</dl>
<h3><?cs var:Lang.case.message ?></h3>
<p class="notes" id="case-message"><?cs var:Case.message ?></p>
</section>
<section class="card" id="handling">
<h2><?cs var:Lang.case.handling ?></h2>
<dl class="facts">
<dt><?cs var:Lang.case.priority ?></dt><dd id="case-priority"><?cs var:Lang.priority[Case.priority] ?></dd>
<dt><?cs var:Lang.case.assignee ?></dt><dd id="case-assignee"><?cs alt:Case.assignee ?><?cs var:Lang.case.nobody ?><?cs /alt ?></dd>
<?cs call:clock(Case.first_response, Lang.case.first_response) ?>
<?cs call:clock(Case.resolution_clock, Lang.case.resolution) ?>
<?cs if:Case.paused == "1" ?><dt><?cs var:Lang.case.clock ?></dt><dd class="paused"><?cs var:Lang.case.paused_help ?></dd><?cs /if ?>
<dt><?cs var:Lang.case.clock_zone ?></dt><dd><?cs var:Case.zone ?></dd>
<dt><?cs var:Lang.case.client ?></dt><dd id="case-client"><?cs if:Case.client_id != "0" ?><a href="/clients/<?cs var:Case.client_id ?>"><?cs var:Case.client ?></a><?cs if:Case.client_manager ?> <small>(<?cs var:Lang.client.manager ?>: <?cs var:Case.client_manager ?>)</small><?cs /if ?><?cs else ?><?cs var:Lang.case.no_client ?><?cs /if ?></dd>
<?cs if:Case.resolution ?><dt><?cs var:Lang.case.resolution_text ?></dt><dd class="notes" id="case-resolution"><?cs var:Case.resolution ?></dd><?cs /if ?>
<?cs if:Case.compensation || Case.compensation_amount != "0" ?><dt><?cs var:Lang.case.compensation ?></dt><dd><?cs var:Case.compensation ?><?cs if:Case.compensation_amount != "0" ?> (<?cs var:money(Case.compensation_amount) ?>)<?cs /if ?></dd><?cs /if ?>
<?cs if:Case.rating ?><dt><?cs var:Lang.case.satisfaction ?></dt><dd id="case-rating"><?cs var:Case.rating ?>/5 &ndash; <?cs var:Lang.rating[Case.rating] ?><?cs if:Case.rating_comment ?>: <q><?cs var:Case.rating_comment ?></q><?cs /if ?></dd><?cs /if ?>
</dl>
<?cs if:Case.may_work == "1" ?>
<form method="post" action="/cases/<?cs var:Case.id ?>/priority" class="inline-row">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<label for="f-priority"><?cs var:Lang.case.priority ?></label>
<select id="f-priority" name="priority"><?cs each:o = Lang.priority ?><option value="<?cs name:o ?>"<?cs if:name(o) == Case.priority ?> selected<?cs /if ?>><?cs var:o ?></option><?cs /each ?></select>
<button type="submit"><?cs var:Lang.case.change ?></button>
</form>
<?cs /if ?>
<?cs if:Case.may_assign == "1" ?>
<form method="post" action="/cases/<?cs var:Case.id ?>/assign" class="inline-row">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<label for="f-assignee"><?cs var:Lang.case.assignee ?></label>
<select id="f-assignee" name="assignee"><option value=""><?cs var:Lang.case.nobody ?></option><?cs each:o = Managers ?><option value="<?cs var:o.id ?>"<?cs if:o.id == Case.assignee_id ?> selected<?cs /if ?>><?cs var:o.name ?></option><?cs /each ?></select>
<button type="submit"><?cs var:Lang.case.assign ?></button>
</form>
<?cs elif:Case.assignee_id == "0" ?>
<form method="post" action="/cases/<?cs var:Case.id ?>/assign" class="inline-row">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<input type="hidden" name="assignee" value="<?cs var:User.id ?>">
<button type="submit"><?cs var:Lang.case.take ?></button>
</form>
<?cs /if ?>
<?cs if:Case.may_work == "1" ?>
<form method="post" action="/cases/<?cs var:Case.id ?>/state" class="inline-row" id="state-form">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<label for="f-state"><?cs var:Lang.case.state ?></label>
<select id="f-state" name="state">
<?cs if:Case.open == "1" ?><?cs each:o = Lang.case_state ?><?cs if:name(o) != "new" && name(o) != "resolved" && (name(o) != "closed" || Case.may_close == "1") ?><option value="<?cs name:o ?>"<?cs if:name(o) == Case.state ?> selected<?cs /if ?>><?cs var:o ?></option><?cs /if ?><?cs /each ?>
<?cs else ?><?cs if:Case.state == "resolved" ?><option value="closed"><?cs var:Lang.case_state.closed ?></option><?cs /if ?><?cs if:Case.may_reopen == "1" ?><option value="in_progress"><?cs var:Lang.case.reopen ?></option><?cs /if ?><?cs /if ?>
</select>
<button type="submit"><?cs var:Lang.case.change ?></button>
</form>
<?cs /if ?>
</section>
</div>
<?cs if:Case.client_id == "0" && Case.may_work == "1" ?>
<section class="card" id="link">
<h2><?cs var:Lang.case.link_title ?></h2>
<?cs if:subcount(Suggestions) > 0 ?><p><?cs var:Lang.case.suggestions ?></p>
<ul class="picks" id="suggestions"><?cs each:s = Suggestions ?><li><form method="post" action="/cases/<?cs var:Case.id ?>/link" class="inline-row">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>"><input type="hidden" name="client" value="<?cs var:s.id ?>">
<a href="/clients/<?cs var:s.id ?>"><?cs var:s.name ?></a> <small>(<?cs var:Lang.case_same[s.why] ?><?cs if:s.manager ?>; <?cs var:Lang.client.manager ?>: <?cs var:s.manager ?><?cs /if ?>)</small>
<button type="submit"><?cs var:Lang.case.link ?><span class="visually-hidden">: <?cs var:s.name ?></span></button></form></li>
<?cs /each ?></ul><?cs else ?><p><?cs var:Lang.case.no_suggestions ?></p><?cs /if ?>
<form method="post" action="/cases/<?cs var:Case.id ?>/link" class="inline-row">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<label for="f-client"><?cs var:Lang.case.client_number ?></label>
<input id="f-client" name="client" type="text" inputmode="numeric" required>
<button type="submit"><?cs var:Lang.case.link ?></button>
</form>
<p><a class="button" href="/clients/new?case=<?cs var:Case.id ?>" id="create-client"><?cs var:Lang.case.create_client ?></a></p>
</section>
<?cs elif:Case.client_id != "0" && Case.may_work == "1" ?>
<form method="post" action="/cases/<?cs var:Case.id ?>/unlink" class="inline-row">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<button type="submit" class="link"><?cs var:Lang.case.unlink ?></button>
</form>
<?cs /if ?>
<?cs if:Case.may_work == "1" && Case.open == "1" ?>
<div class="columns">
<section class="card" id="reply">
<h2><?cs var:Lang.case.reply_title ?></h2>
<?cs if:Form.errors.body ?><p class="error" role="alert"><?cs var:Lang.err.form ?></p><?cs /if ?>
<form method="post" action="/cases/<?cs var:Case.id ?>/reply">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<input type="hidden" name="token" value="<?cs var:Form.token ?>">
<?cs call:textarea_field("body", Lang.case.body, "6", "required") ?>
<div class="field"><label class="choice"><input type="checkbox" name="public" value="1"<?cs if:Form.public == "1" || !Form.body ?> checked<?cs /if ?>> <?cs var:Lang.case.public ?></label>
<label class="choice"><input type="checkbox" name="wait" value="1"<?cs if:Form.wait == "1" ?> checked<?cs /if ?>> <?cs var:Lang.case.wait ?></label></div>
<p class="help" id="reply-mail-help"><?cs if:Case.consent == "1" && Case.email ?><?cs var:Lang.case_notice.mailed ?><?cs else ?><?cs var:Lang.case_notice.not_mailed ?><?cs /if ?></p>
<button type="submit" class="primary"><?cs var:Lang.case.send ?></button>
</form>
</section>
<section class="card" id="resolve">
<h2><?cs var:Lang.case.resolve_title ?></h2>
<?cs if:Form.errors.resolution || Form.errors.discount || Form.errors.discount_until || Form.errors.amount || Form.errors.compensation ?><p class="error" role="alert"><?cs var:Lang.err.form ?></p><?cs /if ?>
<form method="post" action="/cases/<?cs var:Case.id ?>/resolve">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<?cs call:textarea_field("resolution", Lang.case.resolution_text, "4", "required") ?>
<?cs call:text_field("compensation", Lang.case.compensation, "text", "") ?>
<?cs call:text_field("amount", Lang.case.amount, "text", "") ?>
<?cs if:User.role != "agent" && Case.client_id != "0" ?>
<fieldset><legend><?cs var:Lang.case.discount_title ?></legend>
<?cs call:text_field("discount", Lang.loyalty.percent, "text", "") ?>
<?cs call:text_field("discount_until", Lang.loyalty.expires_on, "date", "") ?>
</fieldset>
<?cs /if ?>
<button type="submit" class="primary"><?cs var:Lang.case.resolve ?></button>
</form>
</section>
</div>
<?cs /if ?>
<section class="card" id="events">
<h2><?cs var:Lang.case.timeline ?></h2>
<ol class="timeline">
<li class="ev-received"><span class="when"><?cs var:Case.at ?></span><strong><?cs var:Lang.case_ev.received ?></strong> &mdash; <?cs var:Case.customer ?></li>
<?cs each:e = Events ?><li class="ev-<?cs var:e.kind ?>" id="event-<?cs var:e.id ?>"><span class="when"><?cs var:e.at ?><?cs if:e.staff ?> &middot; <?cs var:e.staff ?><?cs elif:e.customer == "1" && e.kind != "state" ?> &middot; <?cs var:Lang.case.customer ?><?cs /if ?></span>
<strong><?cs var:Lang.case_ev[e.kind] ?></strong><?cs if:e.kind == "state" ?>: <?cs var:Lang.case_state[e.old] ?> &rarr; <?cs var:Lang.case_state[e.new] ?><?cs elif:e.kind == "priority" ?>: <?cs var:Lang.priority[e.old] ?> &rarr; <?cs var:Lang.priority[e.new] ?><?cs elif:e.kind == "assign" ?>: <?cs if:e.new ?><?cs var:e.name ?><?cs else ?><?cs var:Lang.case.nobody ?><?cs /if ?><?cs elif:e.kind == "link" ?>: <?cs if:e.new ?><a href="/clients/<?cs var:e.new ?>"><?cs alt:e.name ?>#<?cs var:e.new ?><?cs /alt ?></a><?cs else ?><?cs var:Lang.case.no_client ?><?cs /if ?><?cs elif:e.kind == "rating" ?>: <?cs var:e.new ?>/5<?cs /if ?>
<?cs if:e.body ?><p class="notes"><?cs var:e.body ?></p><?cs /if ?><?cs if:e.notice && (e.notice != "due" || (Case.consent == "1" && Case.email)) ?><p class="notice-state notice-<?cs var:e.notice ?>" id="notice-<?cs var:e.id ?>"><?cs var:Lang.case_notice[e.notice] ?><?cs if:e.notice == "sent" ?> <?cs var:e.notice_at ?><?cs elif:e.notice == "failed" ?>: <?cs var:e.notice_error ?><?cs /if ?></p><?cs /if ?></li>
<?cs /each ?>
</ol>
</section>
<?cs include:"layout/bottom.cs" ?>
