<?cs # public/receipt.cs: the receipt of a stored submission: the code to keep, what and when, the way to its status. ?><?cs set:Page.title = Lang.feedback.receipt_title ?><?cs include:"layout/top.cs" ?>
<section class="card narrow">
<h1><?cs var:Lang.feedback.receipt_title ?></h1>
<p><?cs var:Lang.feedback.receipt_thanks ?></p>
<dl class="facts">
<dt><?cs var:Lang.feedback.receipt_code ?></dt><dd><strong class="receipt" id="receipt-code"><?cs var:Receipt.code ?></strong></dd>
<dt><?cs var:Lang.feedback.kind ?></dt><dd id="receipt-kind"><?cs var:Lang.case_kind[Receipt.kind] ?></dd>
<dt><?cs var:Lang.feedback.received ?></dt><dd><?cs var:Receipt.at ?> <small>(<?cs var:Page.zone ?>)</small></dd>
</dl>
<p><?cs var:Lang.feedback.receipt_keep ?></p>
<p><a class="button primary" href="/feedback/status?code=<?cs var:Receipt.code ?>&amp;lang=<?cs var:Page.lang ?>"><?cs var:Lang.feedback.status_link ?></a></p>
<p><a href="/feedback/?lang=<?cs var:Page.lang ?>"><?cs var:Lang.feedback.another ?></a></p>
</section>
<?cs include:"layout/bottom.cs" ?>
