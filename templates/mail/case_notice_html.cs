<?cs # mail/case_notice_html.cs: the HTML part of a customer's notice (crmctl notify): our public reply, or their case resolved with the way to rate it; no styles or scripts (mail clients and the template lint). ?><!DOCTYPE html>
<html lang="<?cs var:Page.lang ?>">
<head><meta charset="utf-8"><title><?cs var:Notice.subject ?></title></head>
<body>
<p><?cs var:Lang.notice.hello ?>, <?cs var:Notice.customer ?>.</p>
<?cs if:Notice.resolved == "1" ?><p><?cs var:Lang.notice.intro_resolved ?> (<?cs var:Lang.case_kind[Notice.kind] ?>, <?cs var:Notice.case_at ?>): <?cs var:Notice.at ?>.</p>
<?cs else ?><p><?cs var:Lang.notice.intro ?> (<?cs var:Lang.case_kind[Notice.kind] ?>, <?cs var:Notice.case_at ?>). <?cs var:Lang.notice.reply_of ?> <?cs var:Notice.at ?>:</p>
<blockquote id="reply"><p><?cs each:l = Notice.lines ?><?cs if:name(l) > 0 ?><br>
<?cs /if ?><?cs var:l.text ?><?cs /each ?></p></blockquote>
<?cs /if ?><?cs if:Notice.link ?><p><?cs if:Notice.resolved == "1" ?><?cs var:Lang.notice.rate ?><?cs else ?><?cs var:Lang.notice.link ?><?cs /if ?> <a id="status-link" href="<?cs var:Notice.link ?>"><?cs var:Notice.link ?></a></p>
<?cs else ?><p><?cs var:Lang.notice.no_link ?></p>
<?cs /if ?><p><small><?cs var:Lang.notice.why ?></small></p>
<p><?cs var:Lang.notice.regards ?><br><?cs var:Notice.company ?></p>
</body>
</html>
