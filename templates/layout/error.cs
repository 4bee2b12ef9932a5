<?cs # layout/error.cs: the one error page of both programs. ?><?cs set:Page.title = Lang.err.title ?><?cs include:"layout/top.cs" ?>
<section class="card error-page" role="alert">
<h1><?cs var:Lang.err.title ?> <?cs var:Error.status ?></h1>
<p><?cs var:Error.message ?><?cs if:Error.line ?> (<?cs var:Lang.err.at_line ?> <span id="error-line"><?cs var:Error.line ?></span>)<?cs /if ?></p>
<?cs if:Error.incident ?><p class="incident"><?cs var:Lang.err.incident ?> <code><?cs var:Error.incident ?></code></p><?cs /if ?>
<p><a href="<?cs if:Page.app == "feedback" ?>/feedback/<?cs else ?>/<?cs /if ?>"><?cs var:Lang.err.back ?></a></p>
</section>
<?cs include:"layout/bottom.cs" ?>
