<?cs # staff/calendar.cs: the person's calendar feed: its secret address (shown once), replaced or revoked. ?><?cs set:Page.title = Lang.calendar.title ?><?cs include:"layout/top.cs" ?>
<h1><?cs var:Lang.calendar.title ?></h1>
<section class="card">
<p><?cs var:Lang.calendar.intro ?></p>
<?cs if:Calendar.url ?><p><label for="feed-url"><?cs var:Lang.calendar.url ?></label><br>
<input id="feed-url" type="text" readonly value="<?cs var:Calendar.url ?>"></p>
<?cs elif:Calendar.created ?><p id="feed-state"><?cs var:Lang.calendar.created ?> <?cs var:Calendar.created ?> UTC.</p>
<?cs else ?><p id="feed-state"><?cs var:Lang.calendar.none ?></p><?cs /if ?>
<form method="post" action="/calendar" class="inline"><input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>"><button type="submit"><?cs if:Calendar.created ?><?cs var:Lang.calendar.replace ?><?cs else ?><?cs var:Lang.calendar.create ?><?cs /if ?></button></form>
<?cs if:Calendar.created ?><form method="post" action="/calendar/revoke" class="inline"><input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>"><button type="submit"><?cs var:Lang.calendar.revoke ?></button></form><?cs /if ?>
</section>
<?cs include:"layout/bottom.cs" ?>
