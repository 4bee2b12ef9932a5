<?cs # staff/product_list.cs: the product catalog, locomotive products marked, with search and a category filter. ?><?cs set:Page.title = Lang.product.title ?><?cs include:"layout/top.cs" ?><?cs include:"layout/forms.cs" ?>
<div class="page-head">
<h1><?cs var:Lang.product.title ?></h1>
<?cs if:User.role != "agent" ?><a class="button primary" href="/products/new"><?cs var:Lang.product.new ?></a><?cs /if ?>
</div>
<form method="get" action="/products" class="filters" role="search">
<div class="field"><label for="f-q"><?cs var:Lang.purchase.search ?></label><input id="f-q" name="q" type="search" value="<?cs var:Form.q ?>"></div>
<?cs call:id_select("category", Lang.product.category, Categories, Form.category, Lang.product.all_categories) ?>
<div class="field"><label><input type="checkbox" name="retired" value="1"<?cs if:Form.retired ?> checked<?cs /if ?>> <?cs var:Lang.product.show_retired ?></label></div>
<button type="submit"><?cs var:Lang.purchase.search_submit ?></button>
</form>
<p class="help"><span class="loco">&#9733;</span> <?cs var:Lang.product.locomotive_help ?></p>
<div class="table-wrap"><table>
<thead><tr><th scope="col"><?cs var:Lang.product.sku ?></th><th scope="col"><?cs var:Lang.product.name ?></th><th scope="col"><?cs var:Lang.product.category ?></th><th scope="col"><?cs var:Lang.product.price ?></th><?cs if:User.role != "agent" ?><th scope="col"><?cs var:Lang.product.cost ?></th><?cs /if ?><th scope="col"><?cs var:Lang.product.weight ?></th></tr></thead>
<tbody>
<?cs each:p = Products ?><tr<?cs if:p.locomotive == "1" ?> class="locomotive"<?cs /if ?>>
<td data-label="<?cs var:Lang.product.sku ?>"><code><?cs var:p.sku ?></code></td>
<td data-label="<?cs var:Lang.product.name ?>"><?cs if:p.locomotive == "1" ?><span class="loco" title="<?cs var:Lang.product.locomotive ?>">&#9733;</span> <?cs /if ?><a href="/products/<?cs var:p.id ?>"><?cs var:p.name ?></a><?cs if:p.active != "1" ?> <small>(<?cs var:Lang.product.retired ?>)</small><?cs /if ?></td>
<td data-label="<?cs var:Lang.product.category ?>"><?cs var:p.category ?></td>
<td data-label="<?cs var:Lang.product.price ?>"><?cs var:money(p.price) ?></td>
<?cs if:User.role != "agent" ?><td data-label="<?cs var:Lang.product.cost ?>"><?cs var:money(p.cost) ?></td><?cs /if ?>
<td data-label="<?cs var:Lang.product.weight ?>"><?cs var:weight(p.weight) ?></td>
</tr>
<?cs /each ?>
</tbody></table></div>
<?cs if:subcount(Products) == 0 ?><p><?cs var:Lang.product.none_found ?></p><?cs /if ?>
<?cs include:"layout/bottom.cs" ?>
