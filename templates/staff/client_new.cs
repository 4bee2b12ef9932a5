<?cs # staff/client_new.cs: the quick form for a new client at first contact, and the duplicate warning. ?><?cs set:Page.title = Lang.client.new_title ?><?cs include:"layout/top.cs" ?><?cs include:"layout/forms.cs" ?>
<section class="card narrow">
<h1><?cs var:Lang.client.new_title ?></h1>
<p class="help"><?cs var:Lang.client.quick_help ?></p>
<?cs if:subcount(Form.errors) > 0 ?><p class="error" role="alert"><?cs var:Lang.err.form ?></p><?cs /if ?>
<?cs if:Form.confirm_needed ?>
<div class="warning" role="alert" id="duplicates">
<h2><?cs var:Lang.client.dup_title ?></h2>
<p><?cs var:Lang.client.dup_help ?></p>
<ul>
<?cs each:d = Duplicates ?><li><a href="/clients/<?cs var:d.id ?>"><?cs var:d.name ?></a><?cs if:d.city ?>, <?cs var:d.city ?><?cs /if ?>
 <small>(<?cs if:d.strong == "1" ?><?cs var:Lang.client.dup_strong ?><?cs else ?><?cs var:Lang.client.dup_weak ?><?cs /if ?>)</small>
 <a class="button" href="/clients/<?cs var:d.id ?>"><?cs var:Lang.client.dup_open ?></a><?cs if:Form.case ?>
 <form method="post" action="/cases/<?cs var:Form.case ?>/link" class="inline"><input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>"><input type="hidden" name="client" value="<?cs var:d.id ?>"><button type="submit"><?cs var:Lang.case.link ?><span class="visually-hidden">: <?cs var:d.name ?></span></button></form><?cs /if ?></li>
<?cs /each ?>
</ul>
</div>
<?cs /if ?>
<form method="post" action="/clients/new">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<?cs if:Form.confirm_needed ?><input type="hidden" name="confirm" value="1"><?cs /if ?>
<?cs if:Form.case ?><input type="hidden" name="case" value="<?cs var:Form.case ?>"><?cs /if ?>
<fieldset class="inline-choice">
<legend><?cs var:Lang.client.kind ?></legend>
<?cs each:o = Lang.kind ?><label><input type="radio" name="kind" value="<?cs name:o ?>"<?cs if:name(o) == Form.kind ?> checked<?cs /if ?>> <?cs var:o ?></label>
<?cs /each ?></fieldset>
<?cs call:text_field("given_name", Lang.client.given_name, "text", "") ?>
<?cs call:text_field("family_name", Lang.client.family_name, "text", "") ?>
<?cs call:text_field("company_name", Lang.client.company_name, "text", "") ?>
<?cs call:text_field("phone1", Lang.client.phone, "tel", "") ?>
<?cs call:enum_select("phone1_kind", Lang.client.phone_kind, Lang.phonekind, Form.phone1_kind, "") ?>
<?cs call:text_field("email1", Lang.client.email, "email", "") ?>
<?cs call:text_field("city", Lang.client.city, "text", "") ?>
<?cs call:enum_select("source_channel", Lang.client.source_channel, Lang.source, Form.source_channel, "") ?>
<div class="field">
<label for="f-notes"><?cs var:Lang.client.notes ?></label>
<textarea id="f-notes" name="notes" rows="3"<?cs call:invalid("notes") ?>><?cs var:Form.notes ?></textarea>
<?cs call:field_error("notes") ?>
</div>
<button type="submit" class="primary"><?cs if:Form.confirm_needed ?><?cs var:Lang.client.create_anyway ?><?cs else ?><?cs var:Lang.client.create ?><?cs /if ?></button>
<a href="/clients"><?cs var:Lang.client.cancel ?></a>
</form>
</section>
<?cs include:"layout/bottom.cs" ?>
