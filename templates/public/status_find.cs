<?cs # public/status_find.cs: finding one's case: the receipt code and the e-mail or phone given (one message for any mismatch). ?><?cs set:Page.title = Lang.feedback.status_title ?><?cs include:"layout/top.cs" ?><?cs include:"layout/forms.cs" ?>
<section class="card narrow">
<h1><?cs var:Lang.feedback.status_title ?></h1>
<p><?cs var:Lang.feedback.status_intro ?></p>
<?cs if:Notice ?><p class="error" role="alert" id="notice"><?cs var:Notice ?></p><?cs /if ?>
<?cs if:subcount(Form.errors) > 0 ?><p class="error" role="alert"><?cs var:Lang.err.form ?></p><?cs /if ?>
<form method="post" action="/feedback/status">
<input type="hidden" name="lang" value="<?cs var:Page.lang ?>">
<div class="field">
<label for="f-code"><?cs var:Lang.feedback.receipt_code ?></label>
<input id="f-code" name="code" type="text" autocapitalize="characters" autocomplete="off" spellcheck="false" required maxlength="40" value="<?cs var:Form.code ?>"<?cs call:invalid("code") ?>>
<?cs call:field_error("code") ?>
</div>
<div class="field">
<label for="f-contact"><?cs var:Lang.feedback.contact ?></label>
<input id="f-contact" name="contact" type="text" autocomplete="email" required maxlength="254" value=""<?cs call:invalid("contact") ?>>
<?cs call:field_error("contact") ?>
</div>
<button type="submit" class="primary"><?cs var:Lang.feedback.status_submit ?></button>
</form>
<p><a href="/feedback/?lang=<?cs var:Page.lang ?>"><?cs var:Lang.feedback.another ?></a></p>
</section>
<?cs include:"layout/bottom.cs" ?>
