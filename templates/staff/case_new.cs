<?cs # staff/case_new.cs: a case staff enter for a customer who called, came in or wrote: how it came, kind, topic, message, the customer, priority. ?><?cs set:Page.title = Lang.case.new_title ?><?cs include:"layout/top.cs" ?><?cs include:"layout/forms.cs" ?>
<section class="card narrow">
<h1><?cs var:Lang.case.new_title ?><?cs if:NewCase.client_name ?> <small><?cs var:NewCase.client_name ?></small><?cs /if ?></h1>
<p class="help"><?cs var:Lang.case.new_help ?></p>
<?cs if:subcount(Form.errors) > 0 ?><p class="error" role="alert"><?cs var:Lang.err.form ?></p><?cs /if ?>
<form method="post" action="/cases/new">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<input type="hidden" name="token" value="<?cs var:Form.token ?>">
<?cs if:Form.client ?><input type="hidden" name="client" value="<?cs var:Form.client ?>"><?cs /if ?>
<?cs call:enum_select("source", Lang.case.source, Lang.case_channel, Form.source, "") ?>
<?cs call:enum_select("kind", Lang.case.kind, Lang.case_kind, Form.kind, "") ?>
<?cs call:enum_select("priority", Lang.case.priority, Lang.priority, Form.priority, "") ?>
<?cs call:id_select("category", Lang.case.category, Categories, Form.category, Lang.feedback.category_none) ?>
<?cs call:id_select("product", Lang.case.product, Products, Form.product, Lang.feedback.product_none) ?>
<?cs call:text_field("order_ref", Lang.case.order_ref, "text", "") ?>
<?cs call:textarea_field("message", Lang.case.message, "6", "required") ?>
<fieldset>
<legend><?cs var:Lang.case.customer ?></legend>
<?cs call:text_field("name", Lang.feedback.name, "text", "required") ?>
<?cs call:text_field("email", Lang.client.email, "email", "") ?>
<?cs call:text_field("phone", Lang.client.phone, "tel", "") ?>
<?cs call:enum_select("reply_lang", Lang.feedback.reply_lang, Lang.lang_name, Form.reply_lang, "") ?>
<div class="field"><label class="choice"><input type="checkbox" name="consent" value="1"<?cs if:Form.consent == "1" ?> checked<?cs /if ?>> <?cs var:Lang.case.consent_given ?></label></div>
</fieldset>
<button type="submit" class="primary"><?cs var:Lang.case.create ?></button>
<a href="/cases"><?cs var:Lang.client.cancel ?></a>
</form>
</section>
<?cs include:"layout/bottom.cs" ?>
