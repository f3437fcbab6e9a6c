<?php
// Runs stdin through WordPress's own wpautop() (the classic editor's and the Text widget's
// filter), from Debian's `wordpress` package, as a CMS does to a pasted fragment.
// Needs php-cli and wordpress (apt-get install -y php-cli wordpress); .ci/run installs them.
define('ABSPATH', '/usr/share/wordpress/');
define('WPINC', 'wp-includes');
function apply_filters($hook, $value) { return $value; }
require ABSPATH . WPINC . '/formatting.php';
echo wpautop(stream_get_contents(STDIN));
