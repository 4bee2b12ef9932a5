<?cs # public/form.cs: the public feedback form: kind, category, product, reference, message, how to answer, consent; shown again as typed when something is wrong. ?><?cs set:Page.title = Lang.feedback.title ?><?cs include:"layout/top.cs" ?><?cs include:"layout/forms.cs" ?>
<section class="card narrow">
<h1><?cs var:Lang.feedback.title ?></h1>
<p><?cs var:Lang.feedback.intro ?></p>
<?cs if:Notice ?><p class="error" role="alert" id="notice"><?cs var:Notice ?><?cs if:Incident ?> <?cs var:Lang.err.incident ?> <code><?cs var:Incident ?></code><?cs /if ?></p><?cs /if ?>
<?cs if:subcount(Form.errors) > 0 ?><p class="error" role="alert" id="form-errors"><?cs var:Lang.err.form ?></p><?cs /if ?>
<form method="post" action="/feedback/" class="feedback-form">
<input type="hidden" name="lang" value="<?cs var:Page.lang ?>">
<?cs if:Form.token ?><input type="hidden" name="token" value="<?cs var:Form.token ?>"><?cs /if ?>
<fieldset<?cs if:Form.errors.kind ?> aria-describedby="err-kind"<?cs /if ?>>
<legend><?cs var:Lang.feedback.kind ?></legend>
<?cs each:k = Lang.case_kind ?><label class="choice"><input type="radio" name="kind" value="<?cs name:k ?>"<?cs if:name(k) == Form.kind ?> checked<?cs /if ?> required> <?cs var:k ?> <small><?cs var:Lang.case_kind_help[name(k)] ?></small></label>
<?cs /each ?><?cs call:field_error("kind") ?>
</fieldset>
<?cs if:Lists.missing ?>
<?cs if:Form.category ?><input type="hidden" name="category" value="<?cs var:Form.category ?>"><?cs /if ?>
<?cs if:Form.product ?><input type="hidden" name="product" value="<?cs var:Form.product ?>"><?cs /if ?>
<?cs else ?>
<?cs call:id_select("category", Lang.feedback.category, Categories, Form.category, Lang.feedback.category_none) ?>
<?cs call:id_select("product", Lang.feedback.product, Products, Form.product, Lang.feedback.product_none) ?>
<?cs /if ?>
<?cs call:text_field("order_ref", Lang.feedback.order_ref, "text", "") ?>
<p class="help"><?cs var:Lang.feedback.order_ref_help ?></p>
<?cs call:textarea_field("message", Lang.feedback.message, "8", "required") ?>
<fieldset>
<legend><?cs var:Lang.feedback.you ?></legend>
<div class="field">
<label for="f-name"><?cs var:Lang.feedback.name ?></label>
<input id="f-name" name="name" type="text" autocomplete="name" required maxlength="200" value="<?cs var:Form.name ?>"<?cs call:invalid("name") ?>>
<?cs call:field_error("name") ?>
</div>
<p class="help" id="contact-help"><?cs var:Lang.feedback.contact_help ?></p>
<div class="field">
<label for="f-email"><?cs var:Lang.feedback.email ?></label>
<input id="f-email" name="email" type="email" autocomplete="email" maxlength="254" value="<?cs var:Form.email ?>"<?cs if:Form.errors.email ?> aria-invalid="true" aria-describedby="err-email"<?cs else ?> aria-describedby="contact-help"<?cs /if ?>>
<?cs call:field_error("email") ?>
</div>
<div class="field">
<label for="f-phone"><?cs var:Lang.feedback.phone ?></label>
<input id="f-phone" name="phone" type="tel" autocomplete="tel" maxlength="40" value="<?cs var:Form.phone ?>"<?cs if:Form.errors.phone ?> aria-invalid="true" aria-describedby="err-phone"<?cs else ?> aria-describedby="contact-help"<?cs /if ?>>
<?cs call:field_error("phone") ?>
</div>
<div class="field">
<label for="f-reply_lang"><?cs var:Lang.feedback.reply_lang ?></label>
<select id="f-reply_lang" name="reply_lang">
<option value="en"<?cs if:Form.reply_lang == "en" ?> selected<?cs /if ?> lang="en">English</option>
<option value="fil"<?cs if:Form.reply_lang == "fil" ?> selected<?cs /if ?> lang="fil">Filipino</option>
<option value="ms"<?cs if:Form.reply_lang == "ms" ?> selected<?cs /if ?> lang="ms">Bahasa Melayu</option>
</select>
</div>
<div class="field"><label class="choice"><input type="checkbox" name="consent" value="1"<?cs if:Form.consent == "1" ?> checked<?cs /if ?>> <?cs var:Lang.feedback.consent ?></label></div>
</fieldset>
<div class="trap" aria-hidden="true">
<label for="f-website"><?cs var:Lang.feedback.trap_label ?></label>
<input id="f-website" name="website" type="text" tabindex="-1" autocomplete="off" value="">
</div>
<p class="help"><?cs var:Lang.feedback.privacy ?></p>
<button type="submit" class="primary"><?cs var:Lang.feedback.submit ?></button>
</form>
<p><a href="/feedback/status?lang=<?cs var:Page.lang ?>"><?cs var:Lang.feedback.status_link ?></a></p>
</section>
<?cs include:"layout/bottom.cs" ?>
