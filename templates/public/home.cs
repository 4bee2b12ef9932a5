<?cs # public/home.cs: the public feedback page (the form arrives with the complaints issue). ?><?cs set:Page.title = Lang.feedback.title ?><?cs include:"layout/top.cs" ?>
<section class="card narrow">
<h1><?cs var:Lang.feedback.title ?></h1>
<p><?cs var:Lang.feedback.intro ?></p>
<p><?cs var:Lang.feedback.soon ?></p>
</section>
<?cs include:"layout/bottom.cs" ?>
