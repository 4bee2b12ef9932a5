<?php
// bench/php/clients.php: the PHP-FPM baseline of the bench (not part of the product). It runs the
// client list's first page with the very statement text of the C page (bench/run extracts
// SQL_CLIENT_LIST_BY_NAME from cgi/staff/ into the file named by CRM_LIST_SQL) and prints the same
// table, escaped with htmlspecialchars. It does less than the C page: no session, no filter
// choices, no layout. The connection is persistent (one per PHP-FPM worker, like the C workers'),
// the statement is prepared on every request, as PHP does.
declare(strict_types=1);

const PAGE = 50;
const STATUS = ['prospect' => 'Prospect', 'active' => 'Active', 'dormant' => 'Dormant', 'lost' => 'Lost'];

function h(?string $s): string
{
    return htmlspecialchars((string)$s, ENT_QUOTES | ENT_HTML5, 'UTF-8');
}

mysqli_report(MYSQLI_REPORT_ERROR | MYSQLI_REPORT_STRICT);
header('Content-Type: text/html; charset=utf-8');
try {
    $sql = require getenv('CRM_LIST_SQL');
    $db = mysqli_init();
    $db->options(MYSQLI_SET_CHARSET_NAME, 'utf8mb4');
    $db->real_connect('p:localhost', getenv('CRM_DB_USER'), getenv('CRM_DB_PASSWORD'), getenv('CRM_DB_NAME'),
        0, getenv('CRM_DB_SOCKET'));
    $st = $db->prepare($sql);
    // The first page: the name cursor '' and id 0, no filters (segment, manager, status, tag: NULL,
    // each bound twice), no name words (three LIKE patterns '%'), one row more than a page (it says
    // whether there is a next page).
    $key = '';
    $after = 0;
    $none = null;
    $any = '%';
    $limit = PAGE + 1;
    $st->bind_param('ssi' . str_repeat('s', 11) . 'i', $key, $key, $after, $none, $none, $none, $none, $none, $none, $none, $none,
        $any, $any, $any, $limit);
    $st->execute();
    $rows = $st->get_result()->fetch_all(MYSQLI_NUM);
    $st->close();
} catch (Throwable $e) {
    http_response_code(500);
    error_log('clients.php: ' . $e->getMessage());
    echo "<!doctype html><title>Error</title><p>The list is not available.</p>\n";
    exit;
}

$next = count($rows) > PAGE ? $rows[PAGE - 1][0] : null;
$rows = array_slice($rows, 0, PAGE);
?>
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Clients</title></head>
<body>
<h1>Clients</h1>
<table>
<thead><tr><th scope="col">Name</th><th scope="col">City</th><th scope="col">Phone</th><th scope="col">Status</th><th scope="col">Manager</th><th scope="col">Last contact</th></tr></thead>
<tbody>
<?php foreach ($rows as $r): // id, name, kind, city, status, manager, phone, last contact, ... ?>
<tr><td><a href="/clients/<?= h((string)$r[0]) ?>"><?= h($r[1]) ?></a><?= $r[2] === 'company' ? ' <small>(company)</small>' : '' ?></td><td><?= h($r[3]) ?></td><td><?= h($r[6]) ?></td><td><?= h(STATUS[$r[4]] ?? $r[4]) ?></td><td><?= h($r[5]) ?></td><td><?= h($r[7]) ?></td></tr>
<?php endforeach; ?>
</tbody>
</table>
<?php if ($next !== null): ?>
<nav><a rel="next" href="/clients?after=<?= h((string)$next) ?>">Next</a></nav>
<?php endif; ?>
</body>
</html>
