<?cs # public/status.cs: the customer's case: state, the staff's public replies and their own follow-ups, a follow-up while open, the rating once resolved. ?><?cs set:Page.title = Lang.feedback.status_title ?><?cs include:"layout/top.cs" ?><?cs include:"layout/forms.cs" ?>
<section class="card narrow">
<h1><?cs var:Lang.feedback.status_title ?></h1>
<?cs if:Notice ?><p class="notice" role="status" id="notice"><?cs var:Notice ?></p><?cs /if ?>
<dl class="facts">
<dt><?cs var:Lang.feedback.kind ?></dt><dd><?cs var:Lang.case_kind[Case.kind] ?></dd>
<dt><?cs var:Lang.feedback.received ?></dt><dd><?cs var:Case.at ?> <small>(<?cs var:Page.zone ?>)</small></dd>
<dt><?cs var:Lang.feedback.state ?></dt><dd><strong id="case-state" class="state-<?cs var:Case.state ?>"><?cs var:Lang.case_public_state[Case.state] ?></strong><?cs if:Case.resolved ?> (<?cs var:Case.resolved ?>)<?cs /if ?></dd>
</dl>
<h2><?cs var:Lang.feedback.messages ?></h2>
<?cs if:subcount(Messages) > 0 ?>
<ol class="timeline" id="messages">
<?cs each:m = Messages ?><li class="msg-<?cs var:m.kind ?>"><span class="when"><?cs var:m.at ?> &middot; <?cs if:m.kind == "reply" ?><?cs var:Lang.feedback.from_us ?><?cs else ?><?cs var:Lang.feedback.from_you ?><?cs /if ?></span><p class="notes"><?cs var:m.body ?></p></li>
<?cs /each ?></ol>
<?cs else ?><p><?cs var:Lang.feedback.no_messages ?></p><?cs /if ?>
<?cs if:Case.open == "1" ?>
<form method="post" action="/feedback/status/<?cs var:Case.key ?>/message">
<input type="hidden" name="lang" value="<?cs var:Page.lang ?>">
<input type="hidden" name="token" value="<?cs var:Form.token ?>">
<?cs call:textarea_field("message", Lang.feedback.follow_up, "5", "required") ?>
<button type="submit" class="primary"><?cs var:Lang.feedback.send ?></button>
</form>
<?cs elif:Case.rated == "1" ?>
<p id="rated"><?cs var:Lang.feedback.rated ?></p>
<?cs else ?>
<form method="post" action="/feedback/status/<?cs var:Case.key ?>/rating" id="rating-form">
<input type="hidden" name="lang" value="<?cs var:Page.lang ?>">
<input type="hidden" name="token" value="<?cs var:Form.token ?>">
<fieldset<?cs if:Form.errors.rating ?> aria-describedby="err-rating"<?cs /if ?>>
<legend><?cs var:Lang.feedback.rate ?></legend>
<?cs loop:r = 5, 1, -1 ?><label class="choice"><input type="radio" name="rating" value="<?cs var:r ?>"<?cs if:Form.rating == r ?> checked<?cs /if ?> required> <?cs var:r ?> &ndash; <?cs var:Lang.rating[r] ?></label>
<?cs /loop ?><?cs call:field_error("rating") ?>
</fieldset>
<?cs call:textarea_field("comment", Lang.feedback.rate_comment, "3", "") ?>
<button type="submit" class="primary"><?cs var:Lang.feedback.rate_submit ?></button>
</form>
<?cs /if ?>
<p><a href="/feedback/?lang=<?cs var:Page.lang ?>"><?cs var:Lang.feedback.another ?></a></p>
</section>
<?cs include:"layout/bottom.cs" ?>
