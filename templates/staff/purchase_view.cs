<?cs # staff/purchase_view.cs: one purchase, its lines, its returns, and the forms to return units or cancel the rest. ?><?cs set:Page.title = Lang.purchase.title ?><?cs include:"layout/top.cs" ?><?cs include:"layout/forms.cs" ?>
<div class="page-head">
<h1><?cs var:Lang.purchase.kind[Purchase.kind] ?> #<?cs var:Purchase.id ?></h1>
</div>
<section class="card">
<dl class="facts">
<dt><?cs var:Lang.purchase.client ?></dt><dd><a href="/clients/<?cs var:Purchase.client_id ?>"><?cs var:Purchase.client ?></a></dd>
<dt><?cs var:Lang.purchase.date ?></dt><dd><?cs var:Purchase.at ?></dd>
<dt><?cs var:Lang.purchase.seller ?></dt><dd><?cs var:Purchase.seller ?><?cs if:Purchase.entered_by != Purchase.seller ?> <small>(<?cs var:Lang.purchase.entered_by ?> <?cs var:Purchase.entered_by ?>)</small><?cs /if ?></dd>
<?cs if:Purchase.original_id ?><dt><?cs var:Lang.purchase.original ?></dt><dd><a href="/purchases/<?cs var:Purchase.original_id ?>">#<?cs var:Purchase.original_id ?></a></dd><?cs /if ?>
<?cs if:Purchase.tier ?><dt><?cs var:Lang.loyalty.tier ?></dt><dd><?cs var:Purchase.tier ?></dd><?cs /if ?>
<dt><?cs var:Lang.purchase.discount_applied ?></dt><dd><?cs var:percent(Purchase.discount_bp) ?>%<?cs if:Purchase.why ?> <small>(<?cs each:w = Lang.loyalty.why ?><?cs if:string.find(Purchase.why, name(w)) >= 0 ?> <?cs var:w ?><?cs /if ?><?cs /each ?> )</small><?cs /if ?></dd>
<dt><?cs var:Lang.purchase.gross ?></dt><dd><?cs var:money(Purchase.gross) ?></dd>
<dt><?cs var:Lang.purchase.discount ?></dt><dd><?cs var:money(Purchase.discount) ?></dd>
<dt><?cs var:Lang.purchase.total ?></dt><dd><strong id="purchase-total"><?cs var:money(Purchase.total) ?></strong></dd>
<?cs if:User.role != "agent" ?><dt><?cs var:Lang.econ.margin ?></dt><dd><?cs var:money(Purchase.margin) ?></dd><?cs /if ?>
<?cs if:Purchase.note ?><dt><?cs var:Lang.purchase.note ?></dt><dd><?cs var:Purchase.note ?></dd><?cs /if ?>
</dl>
</section>
<section class="card">
<h2><?cs var:Lang.purchase.lines ?></h2>
<?cs if:subcount(Form.errors) > 0 ?><p class="error" role="alert"><?cs alt:Form.errors.lines ?><?cs var:Lang.err.form ?><?cs /alt ?></p><?cs /if ?>
<?cs if:Purchase.may_return == "1" ?><form method="post" action="/purchases/<?cs var:Purchase.id ?>/return">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<input type="hidden" name="token" value="<?cs var:Purchase.token ?>"><?cs /if ?>
<div class="table-wrap"><table>
<thead><tr><th scope="col">#</th><th scope="col"><?cs var:Lang.product.name ?></th><th scope="col"><?cs var:Lang.purchase.qty ?></th><th scope="col"><?cs var:Lang.product.price ?></th><th scope="col"><?cs var:Lang.purchase.discount ?></th><th scope="col"><?cs var:Lang.purchase.total ?></th><?cs if:Purchase.kind == "sale" ?><th scope="col"><?cs var:Lang.purchase.returned ?></th><?cs /if ?><?cs if:Purchase.may_return == "1" ?><th scope="col"><?cs var:Lang.purchase.give_back ?></th><?cs /if ?></tr></thead>
<tbody>
<?cs each:l = Lines ?><tr><td data-label="#"><?cs var:l.no ?></td><td data-label="<?cs var:Lang.product.name ?>"><?cs if:l.locomotive == "1" ?><span class="loco" title="<?cs var:Lang.product.locomotive ?>">&#9733;</span> <?cs /if ?><code><?cs var:l.sku ?></code> <?cs var:l.name ?></td><td data-label="<?cs var:Lang.purchase.qty ?>"><?cs var:l.qty ?></td><td data-label="<?cs var:Lang.product.price ?>"><?cs var:money(l.unit_price) ?></td><td data-label="<?cs var:Lang.purchase.discount ?>"><?cs var:money(l.discount) ?> <small>(<?cs var:percent(l.discount_bp) ?>%)</small></td><td data-label="<?cs var:Lang.purchase.total ?>"><?cs var:money(l.total) ?></td>
<?cs if:Purchase.kind == "sale" ?><td data-label="<?cs var:Lang.purchase.returned ?>"><?cs var:l.returned ?></td><?cs /if ?>
<?cs if:Purchase.may_return == "1" ?><td data-label="<?cs var:Lang.purchase.give_back ?>"><?cs if:l.qty - l.returned > 0 ?><label class="visually-hidden" for="f-ret_<?cs var:l.no ?>"><?cs var:Lang.purchase.give_back ?> <?cs var:l.name ?></label><input id="f-ret_<?cs var:l.no ?>" name="ret_<?cs var:l.no ?>" type="number" min="0" max="<?cs var:l.qty - l.returned ?>" size="4" value="<?cs var:Form["ret_" + l.no] ?>"<?cs call:invalid("ret_" + l.no) ?>><?cs call:field_error("ret_" + l.no) ?><?cs /if ?></td><?cs /if ?></tr>
<?cs /each ?></tbody></table></div>
<?cs if:Purchase.may_return == "1" ?>
<?cs call:text_field("note", Lang.purchase.return_note, "text", "") ?>
<button type="submit"><?cs var:Lang.purchase.return_submit ?></button>
</form>
<form method="post" action="/purchases/<?cs var:Purchase.id ?>/cancel" class="inline">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<input type="hidden" name="token" value="<?cs var:Purchase.token ?>">
<button type="submit" class="danger"><?cs var:Lang.purchase.cancel_rest ?></button>
</form>
<?cs /if ?>
</section>
<?cs if:subcount(Returns) > 0 ?>
<section class="card">
<h2><?cs var:Lang.purchase.returns ?></h2>
<ul><?cs each:r = Returns ?><li><a href="/purchases/<?cs var:r.id ?>"><?cs var:Lang.purchase.kind[r.kind] ?> #<?cs var:r.id ?></a>, <?cs var:r.at ?>: <?cs var:money(r.total) ?></li><?cs /each ?></ul>
</section>
<?cs /if ?>
<?cs include:"layout/bottom.cs" ?>
