<?cs # mail/digest_html.cs: the daily digest's HTML part (crmctl digest); no styles or scripts (mail clients and the template lint). ?><?cs def:occasion(o) ?><?cs if:o.kind == "birthday" ?><?cs var:Lang.digest.birthday ?><?cs if:o.age ?> (<?cs var:Lang.digest.age ?> <?cs var:o.age ?>)<?cs /if ?><?cs else ?><?cs var:Lang.digest.name_day ?><?cs if:o.calendar == "1" ?> (<?cs var:Lang.digest.calendar ?>)<?cs /if ?><?cs /if ?><?cs /def ?><?cs def:client(id, name) ?><?cs if:Digest.base_url ?><a href="<?cs var:Digest.base_url ?>/clients/<?cs var:id ?>"><?cs var:name ?></a><?cs else ?><?cs var:name ?><?cs /if ?><?cs /def ?><!DOCTYPE html>
<html lang="<?cs var:Page.lang ?>">
<head><meta charset="utf-8"><title><?cs var:Digest.subject ?></title></head>
<body>
<p><?cs var:Lang.digest.hello ?>, <?cs var:User.name ?>.</p>
<p><?cs var:Lang.digest.intro ?> <strong><?cs var:Day.date ?></strong>.</p>
<?cs if:subcount(Day.occasions) > 0 ?><h2><?cs var:Lang.digest.occasions ?></h2>
<ul id="occasions">
<?cs each:o = Day.occasions ?><li><?cs call:client(o.client_id, o.client) ?>: <?cs call:occasion(o) ?><?cs if:o.channel ?>; <?cs var:Lang.digest.channel ?>: <?cs var:Lang.pref[o.channel] ?><?cs /if ?><?cs if:!o.consent ?>; <em><?cs var:Lang.digest.no_consent ?></em><?cs /if ?><?cs if:o.offer_bp ?>; <?cs var:Lang.digest.offer ?> <?cs var:percent(o.offer_bp) ?>% <?cs var:Lang.digest.until ?> <?cs var:o.offer_until ?><?cs /if ?><?cs if:o.greeted == "1" ?>; <?cs var:Lang.digest.greeted ?><?cs /if ?></li>
<?cs /each ?></ul>
<?cs /if ?><?cs if:subcount(Day.followups.list) > 0 ?><h2><?cs var:Lang.digest.followups ?></h2>
<ul id="followups">
<?cs each:f = Day.followups.list ?><li><?cs var:f.due ?><?cs if:f.overdue == "1" ?> <strong>(<?cs var:Lang.digest.overdue ?>)</strong><?cs /if ?> <?cs call:client(f.client_id, f.client) ?>, <?cs var:Lang.ichannel[f.channel] ?>: <?cs var:f.summary ?></li>
<?cs /each ?></ul>
<?cs /if ?><?cs if:subcount(Day.consultations.list) > 0 ?><h2><?cs var:Lang.digest.consultations ?></h2>
<ul id="consultations">
<?cs each:k = Day.consultations.list ?><li><?cs var:k.due ?><?cs if:k.overdue == "1" ?> <strong>(<?cs var:Lang.digest.overdue ?>)</strong><?cs /if ?> <?cs call:client(k.client_id, k.client) ?>: <?cs var:k.product ?> (<?cs var:Lang.digest.bought ?> <?cs var:k.sold ?>)</li>
<?cs /each ?></ul>
<?cs /if ?><?cs if:subcount(Day.cases.list) > 0 ?><h2><?cs var:Lang.digest.cases ?></h2>
<ul id="cases">
<?cs each:k = Day.cases.list ?><li><?cs if:Digest.base_url ?><a href="<?cs var:Digest.base_url ?>/cases/<?cs var:k.id ?>"><?cs var:Lang.case_kind[k.kind] ?> #<?cs var:k.id ?></a><?cs else ?><?cs var:Lang.case_kind[k.kind] ?> #<?cs var:k.id ?><?cs /if ?> <?cs var:k.customer ?>: <?cs if:k.overdue == "1" ?><strong><?cs var:Lang.remind.case_past ?></strong><?cs else ?><?cs var:Lang.remind.case_near ?><?cs /if ?></li>
<?cs /each ?></ul>
<?cs /if ?><?cs if:Day.week_ahead > 0 ?><h2><?cs var:Lang.digest.week ?></h2>
<ul id="week">
<?cs each:o = Day.week ?><?cs if:o.days > 0 ?><li><?cs var:o.date ?> <?cs call:client(o.client_id, o.client) ?>: <?cs call:occasion(o) ?></li>
<?cs /if ?><?cs /each ?><?cs if:Day.week_more == "1" ?><li><?cs var:Lang.digest.more ?></li>
<?cs /if ?></ul>
<?cs /if ?><h2><?cs var:Lang.digest.month ?></h2>
<p id="month"><?cs if:Day.progress.has_plan == "1" ?><?cs var:Lang.digest.weighted ?> <?cs var:money(Day.progress.weighted) ?> <?cs var:Lang.digest.of_plan ?> <?cs var:money(Day.progress.plan) ?> (<?cs var:percent(Day.progress.achievement_bp) ?>%)<?cs if:Day.progress.left > 0 ?>; <?cs var:Lang.digest.left ?>: <?cs var:money(Day.progress.left) ?><?cs /if ?>.<?cs else ?><?cs var:Lang.digest.weighted ?> <?cs var:money(Day.progress.weighted) ?>; <?cs var:Lang.digest.no_plan ?>.<?cs /if ?><br>
<?cs var:Lang.digest.sales ?>: <?cs var:Day.progress.sales ?>, <?cs var:Lang.digest.units ?>: <?cs var:Day.progress.units ?>.</p>
<?cs if:Digest.base_url ?><p><a href="<?cs var:Digest.base_url ?>/"><?cs var:Lang.digest.open ?></a></p>
<?cs /if ?><hr>
<p><small><?cs var:Lang.digest.footer ?></small></p>
</body>
</html>
