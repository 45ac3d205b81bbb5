
use builtin;
use str;

set edit:completion:arg-completer[oc-acuity] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'oc-acuity'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'oc-acuity'= {
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --base-url 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]'
            cand --user-secret-file 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret'
            cand --org-secret-file 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand --sandbox 'Run against the built-in emulator instead of the real services'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand auth 'Log in: walk the OAuth flow in the browser, create the instance, keep its token'
            cand instance 'Create and manage connector instances'
            cand webhook 'The Webhook URL, and its registration at Acuity'
            cand events 'Watch event deliveries arrive locally'
            cand doctor 'Check the whole event path, step by step, with the fix for each failing step'
            cand api 'Call any platform API path with the profile''s credentials; JSON out'
            cand sandbox 'Serve the built-in emulator of the platform and Acuity on 127.0.0.1'
            cand config 'Show and change the profile''s saved settings (no secrets)'
            cand completions 'Print the shell completion script'
            cand man 'Print or write the man pages'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oc-acuity;auth'= {
            cand --name 'Name of the new instance [default: asked; "Acuity Scheduling (<profile>)"]'
            cand --client-id 'Acuity OAuth client ID (oauth.api.key) [env: OC_ACUITY_CLIENT_ID]'
            cand --client-secret-file 'Read the Acuity OAuth client secret from PATH, or -; or set OC_ACUITY_CLIENT_SECRET to the secret'
            cand --callback-url 'Redirect URI registered at Acuity (oauth.callback.url) [env: OC_ACUITY_CALLBACK_URL]'
            cand --event-callback-url 'Where the platform POSTs events (event.notification.callback.url) [env: OC_ACUITY_EVENT_CALLBACK_URL]'
            cand --signature-key-file 'Read the event signature key from PATH, or -; or set OC_ACUITY_SIGNATURE_KEY to the secret'
            cand --tag 'Tag the instance (repeatable)'
            cand --timeout 'Seconds to wait for the browser to come back from Acuity'
            cand --if-exists 'When an instance of this name exists: stop (fail), adopt it (reuse; no code needed), or authorize it again (reauth) [default: fail]'
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --base-url 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]'
            cand --user-secret-file 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret'
            cand --org-secret-file 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand --no-events 'Create the instance with events off'
            cand --show-token 'Also print the instance token (it is a secret: mind your logs)'
            cand --no-browser 'Do not open a browser; print the authorization URL only'
            cand --replace 'Point the profile at the new instance even when it holds another (whose token is then printed)'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand --sandbox 'Run against the built-in emulator instead of the real services'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Where each credential comes from, and whether the stored instance works'
            cand logout 'Remove the profile''s keyring entries and saved settings'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oc-acuity;auth;status'= {
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --base-url 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]'
            cand --user-secret-file 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret'
            cand --org-secret-file 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand --sandbox 'Run against the built-in emulator instead of the real services'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oc-acuity;auth;logout'= {
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --base-url 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]'
            cand --user-secret-file 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret'
            cand --org-secret-file 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand -y 'Do not ask for confirmation (required with --no-input)'
            cand --yes 'Do not ask for confirmation (required with --no-input)'
            cand --delete-instance 'Also delete the instance on the platform'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand --sandbox 'Run against the built-in emulator instead of the real services'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oc-acuity;auth;help'= {
            cand status 'Where each credential comes from, and whether the stored instance works'
            cand logout 'Remove the profile''s keyring entries and saved settings'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oc-acuity;auth;help;status'= {
        }
        &'oc-acuity;auth;help;logout'= {
        }
        &'oc-acuity;auth;help;help'= {
        }
        &'oc-acuity;instance'= {
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --base-url 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]'
            cand --user-secret-file 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret'
            cand --org-secret-file 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand --sandbox 'Run against the built-in emulator instead of the real services'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create an Acuity Scheduling instance from an OAuth grant code (scriptable)'
            cand list 'List the account''s Acuity instances'
            cand show 'Show one instance'
            cand reauth 'Authorize an instance again (the OAuth flow), keeping its id and Webhook URL'
            cand update 'Change an instance''s name, tags or event settings (sends only what changes)'
            cand delete 'Delete an instance on the platform'
            cand token 'Print the stored instance token alone (for $(...))'
            cand events 'Turn an instance''s events on or off'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oc-acuity;instance;create'= {
            cand --name 'Name of the new instance'
            cand --code 'The OAuth grant code Acuity sent to the redirect URI; without it (and without --code-file) the browser login runs, when prompts are allowed'
            cand --code-file 'Read the grant code from PATH, or - for stdin'
            cand --client-id 'Acuity OAuth client ID (oauth.api.key) [env: OC_ACUITY_CLIENT_ID]'
            cand --client-secret-file 'Read the Acuity OAuth client secret from PATH, or -; or set OC_ACUITY_CLIENT_SECRET to the secret'
            cand --callback-url 'Redirect URI registered at Acuity (oauth.callback.url) [env: OC_ACUITY_CALLBACK_URL]'
            cand --event-callback-url 'Where the platform POSTs events (event.notification.callback.url) [env: OC_ACUITY_EVENT_CALLBACK_URL]'
            cand --signature-key-file 'Read the event signature key from PATH, or -; or set OC_ACUITY_SIGNATURE_KEY to the secret'
            cand --tag 'Tag the instance (repeatable)'
            cand --timeout 'Seconds to wait for the browser to come back from Acuity'
            cand --if-exists 'When an instance of this name exists: stop (fail), adopt it (reuse; no code needed), or authorize it again (reauth) [default: fail]'
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --base-url 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]'
            cand --user-secret-file 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret'
            cand --org-secret-file 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand --no-store 'Do not store the id and token in the keyring; print the token instead'
            cand --no-events 'Create the instance with events off'
            cand --show-token 'Also print the instance token (it is a secret: mind your logs)'
            cand --no-browser 'Do not open a browser; print the authorization URL only'
            cand --replace 'Point the profile at the new instance even when it holds another (whose token is then printed)'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand --sandbox 'Run against the built-in emulator instead of the real services'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oc-acuity;instance;list'= {
            cand --tag 'Only instances with this tag'
            cand --name 'Only instances whose name contains this text (case-insensitive)'
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --base-url 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]'
            cand --user-secret-file 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret'
            cand --org-secret-file 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand --sandbox 'Run against the built-in emulator instead of the real services'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oc-acuity;instance;show'= {
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --base-url 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]'
            cand --user-secret-file 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret'
            cand --org-secret-file 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand --sandbox 'Run against the built-in emulator instead of the real services'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oc-acuity;instance;reauth'= {
            cand --code 'The new OAuth grant code; without it (and without --code-file) the browser login runs, when prompts are allowed'
            cand --code-file 'Read the grant code from PATH, or - for stdin'
            cand --client-id 'Acuity OAuth client ID (oauth.api.key) [env: OC_ACUITY_CLIENT_ID]'
            cand --client-secret-file 'Read the Acuity OAuth client secret from PATH, or -; or set OC_ACUITY_CLIENT_SECRET to the secret'
            cand --callback-url 'Redirect URI registered at Acuity (oauth.callback.url) [env: OC_ACUITY_CALLBACK_URL]'
            cand --event-callback-url 'Where the platform POSTs events (event.notification.callback.url) [env: OC_ACUITY_EVENT_CALLBACK_URL]'
            cand --signature-key-file 'Read the event signature key from PATH, or -; or set OC_ACUITY_SIGNATURE_KEY to the secret'
            cand --tag 'Tag the instance (repeatable)'
            cand --timeout 'Seconds to wait for the browser to come back from Acuity'
            cand --if-exists 'When an instance of this name exists: stop (fail), adopt it (reuse; no code needed), or authorize it again (reauth) [default: fail]'
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --base-url 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]'
            cand --user-secret-file 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret'
            cand --org-secret-file 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand --no-events 'Create the instance with events off'
            cand --show-token 'Also print the instance token (it is a secret: mind your logs)'
            cand --no-browser 'Do not open a browser; print the authorization URL only'
            cand --replace 'Point the profile at the new instance even when it holds another (whose token is then printed)'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand --sandbox 'Run against the built-in emulator instead of the real services'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oc-acuity;instance;update'= {
            cand --name 'A new name'
            cand --tag 'The new tags, replacing the old ones (repeatable)'
            cand --event-callback-url 'Where the platform POSTs events (turns events on)'
            cand --signature-key-file 'Set the event signature key from PATH, or -'
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --base-url 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]'
            cand --user-secret-file 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret'
            cand --org-secret-file 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand --events 'Turn events on'
            cand --no-events 'Turn events off'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand --sandbox 'Run against the built-in emulator instead of the real services'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oc-acuity;instance;delete'= {
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --base-url 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]'
            cand --user-secret-file 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret'
            cand --org-secret-file 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand -y 'Do not ask for confirmation (required with --no-input)'
            cand --yes 'Do not ask for confirmation (required with --no-input)'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand --sandbox 'Run against the built-in emulator instead of the real services'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oc-acuity;instance;token'= {
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --base-url 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]'
            cand --user-secret-file 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret'
            cand --org-secret-file 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand --sandbox 'Run against the built-in emulator instead of the real services'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oc-acuity;instance;events'= {
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --base-url 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]'
            cand --user-secret-file 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret'
            cand --org-secret-file 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand --sandbox 'Run against the built-in emulator instead of the real services'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand enable 'Turn events on, delivered to --event-callback-url'
            cand disable 'Turn events off'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oc-acuity;instance;events;enable'= {
            cand --event-callback-url 'Where the platform POSTs events [env: OC_ACUITY_EVENT_CALLBACK_URL]'
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --base-url 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]'
            cand --user-secret-file 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret'
            cand --org-secret-file 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand --sandbox 'Run against the built-in emulator instead of the real services'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oc-acuity;instance;events;disable'= {
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --base-url 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]'
            cand --user-secret-file 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret'
            cand --org-secret-file 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand --sandbox 'Run against the built-in emulator instead of the real services'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oc-acuity;instance;events;help'= {
            cand enable 'Turn events on, delivered to --event-callback-url'
            cand disable 'Turn events off'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oc-acuity;instance;events;help;enable'= {
        }
        &'oc-acuity;instance;events;help;disable'= {
        }
        &'oc-acuity;instance;events;help;help'= {
        }
        &'oc-acuity;instance;help'= {
            cand create 'Create an Acuity Scheduling instance from an OAuth grant code (scriptable)'
            cand list 'List the account''s Acuity instances'
            cand show 'Show one instance'
            cand reauth 'Authorize an instance again (the OAuth flow), keeping its id and Webhook URL'
            cand update 'Change an instance''s name, tags or event settings (sends only what changes)'
            cand delete 'Delete an instance on the platform'
            cand token 'Print the stored instance token alone (for $(...))'
            cand events 'Turn an instance''s events on or off'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oc-acuity;instance;help;create'= {
        }
        &'oc-acuity;instance;help;list'= {
        }
        &'oc-acuity;instance;help;show'= {
        }
        &'oc-acuity;instance;help;reauth'= {
        }
        &'oc-acuity;instance;help;update'= {
        }
        &'oc-acuity;instance;help;delete'= {
        }
        &'oc-acuity;instance;help;token'= {
        }
        &'oc-acuity;instance;help;events'= {
            cand enable 'Turn events on, delivered to --event-callback-url'
            cand disable 'Turn events off'
        }
        &'oc-acuity;instance;help;events;enable'= {
        }
        &'oc-acuity;instance;help;events;disable'= {
        }
        &'oc-acuity;instance;help;help'= {
        }
        &'oc-acuity;webhook'= {
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --base-url 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]'
            cand --user-secret-file 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret'
            cand --org-secret-file 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand --sandbox 'Run against the built-in emulator instead of the real services'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand url 'Print the instance''s Webhook URL alone (what Acuity must call)'
            cand register 'Register the Webhook URL at Acuity for each event (idempotent)'
            cand list 'List the webhooks registered at Acuity for this instance (or all)'
            cand remove 'Remove this instance''s webhooks at Acuity'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oc-acuity;webhook;url'= {
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --base-url 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]'
            cand --user-secret-file 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret'
            cand --org-secret-file 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand --sandbox 'Run against the built-in emulator instead of the real services'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oc-acuity;webhook;register'= {
            cand --url 'The instance''s Webhook URL as the Open Connectors console shows it (saved to the profile) [default: derived from the instance id] [env: OC_ACUITY_WEBHOOK_URL]'
            cand --event 'An event to subscribe (repeatable) [default: appointment.scheduled, appointment.rescheduled, appointment.canceled, order.completed]'
            cand --acuity-user-id 'Acuity''s numeric user ID [env: OC_ACUITY_ACUITY_USER_ID]'
            cand --acuity-api-key-file 'Read the Acuity API key from PATH, or -; or set OC_ACUITY_ACUITY_API_KEY to the secret'
            cand --acuity-base-url 'Acuity''s API root [env: OC_ACUITY_ACUITY_BASE_URL] [default: https://acuityscheduling.com/api/v1]'
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --base-url 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]'
            cand --user-secret-file 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret'
            cand --org-secret-file 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand --sandbox 'Run against the built-in emulator instead of the real services'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oc-acuity;webhook;list'= {
            cand --acuity-user-id 'Acuity''s numeric user ID [env: OC_ACUITY_ACUITY_USER_ID]'
            cand --acuity-api-key-file 'Read the Acuity API key from PATH, or -; or set OC_ACUITY_ACUITY_API_KEY to the secret'
            cand --acuity-base-url 'Acuity''s API root [env: OC_ACUITY_ACUITY_BASE_URL] [default: https://acuityscheduling.com/api/v1]'
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --base-url 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]'
            cand --user-secret-file 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret'
            cand --org-secret-file 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand --all 'Every webhook of the Acuity account, not only this instance''s, each marked current, stale (its instance no longer exists) or other'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand --sandbox 'Run against the built-in emulator instead of the real services'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oc-acuity;webhook;remove'= {
            cand --acuity-user-id 'Acuity''s numeric user ID [env: OC_ACUITY_ACUITY_USER_ID]'
            cand --acuity-api-key-file 'Read the Acuity API key from PATH, or -; or set OC_ACUITY_ACUITY_API_KEY to the secret'
            cand --acuity-base-url 'Acuity''s API root [env: OC_ACUITY_ACUITY_BASE_URL] [default: https://acuityscheduling.com/api/v1]'
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --base-url 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]'
            cand --user-secret-file 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret'
            cand --org-secret-file 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand --stale 'Instead: every webhook pointing at an instance that no longer exists'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand --sandbox 'Run against the built-in emulator instead of the real services'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oc-acuity;webhook;help'= {
            cand url 'Print the instance''s Webhook URL alone (what Acuity must call)'
            cand register 'Register the Webhook URL at Acuity for each event (idempotent)'
            cand list 'List the webhooks registered at Acuity for this instance (or all)'
            cand remove 'Remove this instance''s webhooks at Acuity'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oc-acuity;webhook;help;url'= {
        }
        &'oc-acuity;webhook;help;register'= {
        }
        &'oc-acuity;webhook;help;list'= {
        }
        &'oc-acuity;webhook;help;remove'= {
        }
        &'oc-acuity;webhook;help;help'= {
        }
        &'oc-acuity;events'= {
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --base-url 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]'
            cand --user-secret-file 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret'
            cand --org-secret-file 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand --sandbox 'Run against the built-in emulator instead of the real services'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand listen 'Receive event deliveries on 127.0.0.1 and print each event'
            cand log 'Show the events the platform received from Acuity for the instance, newest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oc-acuity;events;listen'= {
            cand --port 'Port on 127.0.0.1 (0 picks a free one)'
            cand --signature-key-file 'Verify Elements-Webhook-Signature with the key in PATH, or -; or set OC_ACUITY_SIGNATURE_KEY to the secret'
            cand --forward-to 'Also forward each delivery, unchanged, to this URL (`3000` is `http://localhost:3000/`, `localhost:3000/hook` is `http://localhost:3000/hook`); a line `<-- [STATUS] POST URL` says how each forward went. A delivery is acknowledged (200) only when the target answered 2xx; otherwise the platform is answered 502 and delivers it again later. That costs: the platform retries a delivery 9 times over about 73 hours, then deactivates the subscription, so keep the target up'
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --base-url 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]'
            cand --user-secret-file 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret'
            cand --org-secret-file 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand --sandbox 'Run against the built-in emulator instead of the real services'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oc-acuity;events;log'= {
            cand --limit 'Show at most N events, the newest'
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --base-url 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]'
            cand --user-secret-file 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret'
            cand --org-secret-file 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand --sandbox 'Run against the built-in emulator instead of the real services'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oc-acuity;events;help'= {
            cand listen 'Receive event deliveries on 127.0.0.1 and print each event'
            cand log 'Show the events the platform received from Acuity for the instance, newest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oc-acuity;events;help;listen'= {
        }
        &'oc-acuity;events;help;log'= {
        }
        &'oc-acuity;events;help;help'= {
        }
        &'oc-acuity;doctor'= {
            cand --signature-key-file 'Sign the sample event with the key in PATH, or -; or set OC_ACUITY_SIGNATURE_KEY to the secret'
            cand --acuity-user-id 'Acuity''s numeric user ID [env: OC_ACUITY_ACUITY_USER_ID]'
            cand --acuity-api-key-file 'Read the Acuity API key from PATH, or -; or set OC_ACUITY_ACUITY_API_KEY to the secret'
            cand --acuity-base-url 'Acuity''s API root [env: OC_ACUITY_ACUITY_BASE_URL] [default: https://acuityscheduling.com/api/v1]'
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --base-url 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]'
            cand --user-secret-file 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret'
            cand --org-secret-file 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand --send-test 'Also POST a signed sample event to the event callback URL and report its answer'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand --sandbox 'Run against the built-in emulator instead of the real services'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oc-acuity;api'= {
            cand -X 'GET, POST, PUT, PATCH or DELETE [default: GET, or POST when a body is given]'
            cand --method 'GET, POST, PUT, PATCH or DELETE [default: GET, or POST when a body is given]'
            cand -f 'A body field KEY=VALUE (numbers, true, false and null as JSON, anything else a string); with GET, a query parameter (repeatable)'
            cand --field 'A body field KEY=VALUE (numbers, true, false and null as JSON, anything else a string); with GET, a query parameter (repeatable)'
            cand --input 'The request body, as it is: a JSON file, or - for stdin'
            cand --instance 'Call as an instance: its token is added (`Element TOKEN`) [default ID: the profile''s stored instance]'
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --base-url 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]'
            cand --user-secret-file 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret'
            cand --org-secret-file 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand --paginate 'Follow every page (`elements-next-page-token`) and print one JSON array (GET only)'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand --sandbox 'Run against the built-in emulator instead of the real services'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oc-acuity;sandbox'= {
            cand --port 'Port on 127.0.0.1 (0 picks a free one)'
            cand --user-secret-file 'Refused here: the sandbox takes any secret'
            cand --org-secret-file 'Refused here: the sandbox takes any secret'
            cand --base-url 'Refused here: the sandbox has its own API root'
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand -d 'Serve in the background and return (stop it with `oc-acuity sandbox stop`)'
            cand --background 'Serve in the background and return (stop it with `oc-acuity sandbox stop`)'
            cand --sandbox 'Refused here: `oc-acuity sandbox` is the sandbox'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand stop 'Stop the sandbox serving in the background'
            cand book 'Something happens at the sandbox''s Acuity: Acuity''s webhooks fire'
            cand reset 'Forget every sandbox instance and webhook (the state file)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oc-acuity;sandbox;stop'= {
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oc-acuity;sandbox;book'= {
            cand --action 'What happens'
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oc-acuity;sandbox;reset'= {
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand -y 'Do not ask for confirmation (required with --no-input)'
            cand --yes 'Do not ask for confirmation (required with --no-input)'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oc-acuity;sandbox;help'= {
            cand stop 'Stop the sandbox serving in the background'
            cand book 'Something happens at the sandbox''s Acuity: Acuity''s webhooks fire'
            cand reset 'Forget every sandbox instance and webhook (the state file)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oc-acuity;sandbox;help;stop'= {
        }
        &'oc-acuity;sandbox;help;book'= {
        }
        &'oc-acuity;sandbox;help;reset'= {
        }
        &'oc-acuity;sandbox;help;help'= {
        }
        &'oc-acuity;config'= {
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --base-url 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]'
            cand --user-secret-file 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret'
            cand --org-secret-file 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand --sandbox 'Run against the built-in emulator instead of the real services'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Every setting of the profile'
            cand get 'One setting''s value alone'
            cand set 'Change a setting (validated like the flag)'
            cand unset 'Remove a setting'
            cand profiles 'The profiles in the config file'
            cand path 'The config file''s path'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oc-acuity;config;list'= {
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --base-url 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]'
            cand --user-secret-file 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret'
            cand --org-secret-file 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand --sandbox 'Run against the built-in emulator instead of the real services'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oc-acuity;config;get'= {
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --base-url 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]'
            cand --user-secret-file 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret'
            cand --org-secret-file 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand --sandbox 'Run against the built-in emulator instead of the real services'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oc-acuity;config;set'= {
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --base-url 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]'
            cand --user-secret-file 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret'
            cand --org-secret-file 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand --sandbox 'Run against the built-in emulator instead of the real services'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oc-acuity;config;unset'= {
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --base-url 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]'
            cand --user-secret-file 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret'
            cand --org-secret-file 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand --sandbox 'Run against the built-in emulator instead of the real services'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oc-acuity;config;profiles'= {
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --base-url 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]'
            cand --user-secret-file 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret'
            cand --org-secret-file 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand --sandbox 'Run against the built-in emulator instead of the real services'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oc-acuity;config;path'= {
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --base-url 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]'
            cand --user-secret-file 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret'
            cand --org-secret-file 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand --sandbox 'Run against the built-in emulator instead of the real services'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oc-acuity;config;help'= {
            cand list 'Every setting of the profile'
            cand get 'One setting''s value alone'
            cand set 'Change a setting (validated like the flag)'
            cand unset 'Remove a setting'
            cand profiles 'The profiles in the config file'
            cand path 'The config file''s path'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oc-acuity;config;help;list'= {
        }
        &'oc-acuity;config;help;get'= {
        }
        &'oc-acuity;config;help;set'= {
        }
        &'oc-acuity;config;help;unset'= {
        }
        &'oc-acuity;config;help;profiles'= {
        }
        &'oc-acuity;config;help;path'= {
        }
        &'oc-acuity;config;help;help'= {
        }
        &'oc-acuity;completions'= {
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --base-url 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]'
            cand --user-secret-file 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret'
            cand --org-secret-file 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand --sandbox 'Run against the built-in emulator instead of the real services'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oc-acuity;man'= {
            cand --out-dir 'Write oc-acuity.1 and one page per subcommand into DIR (default: print oc-acuity.1 on stdout)'
            cand -p 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --profile 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]'
            cand --base-url 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]'
            cand --user-secret-file 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret'
            cand --org-secret-file 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret'
            cand --request-timeout 'Time limit of each HTTP request, in seconds'
            cand --retries 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost'
            cand --json 'Print one JSON document on stdout and nothing else there'
            cand --no-input 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
            cand --sandbox 'Run against the built-in emulator instead of the real services'
            cand -v 'More detail on stderr (requests, timings, sources); repeat for more'
            cand --verbose 'More detail on stderr (requests, timings, sources); repeat for more'
            cand -q 'Only errors and warnings on stderr'
            cand --quiet 'Only errors and warnings on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oc-acuity;help'= {
            cand auth 'Log in: walk the OAuth flow in the browser, create the instance, keep its token'
            cand instance 'Create and manage connector instances'
            cand webhook 'The Webhook URL, and its registration at Acuity'
            cand events 'Watch event deliveries arrive locally'
            cand doctor 'Check the whole event path, step by step, with the fix for each failing step'
            cand api 'Call any platform API path with the profile''s credentials; JSON out'
            cand sandbox 'Serve the built-in emulator of the platform and Acuity on 127.0.0.1'
            cand config 'Show and change the profile''s saved settings (no secrets)'
            cand completions 'Print the shell completion script'
            cand man 'Print or write the man pages'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oc-acuity;help;auth'= {
            cand status 'Where each credential comes from, and whether the stored instance works'
            cand logout 'Remove the profile''s keyring entries and saved settings'
        }
        &'oc-acuity;help;auth;status'= {
        }
        &'oc-acuity;help;auth;logout'= {
        }
        &'oc-acuity;help;instance'= {
            cand create 'Create an Acuity Scheduling instance from an OAuth grant code (scriptable)'
            cand list 'List the account''s Acuity instances'
            cand show 'Show one instance'
            cand reauth 'Authorize an instance again (the OAuth flow), keeping its id and Webhook URL'
            cand update 'Change an instance''s name, tags or event settings (sends only what changes)'
            cand delete 'Delete an instance on the platform'
            cand token 'Print the stored instance token alone (for $(...))'
            cand events 'Turn an instance''s events on or off'
        }
        &'oc-acuity;help;instance;create'= {
        }
        &'oc-acuity;help;instance;list'= {
        }
        &'oc-acuity;help;instance;show'= {
        }
        &'oc-acuity;help;instance;reauth'= {
        }
        &'oc-acuity;help;instance;update'= {
        }
        &'oc-acuity;help;instance;delete'= {
        }
        &'oc-acuity;help;instance;token'= {
        }
        &'oc-acuity;help;instance;events'= {
            cand enable 'Turn events on, delivered to --event-callback-url'
            cand disable 'Turn events off'
        }
        &'oc-acuity;help;instance;events;enable'= {
        }
        &'oc-acuity;help;instance;events;disable'= {
        }
        &'oc-acuity;help;webhook'= {
            cand url 'Print the instance''s Webhook URL alone (what Acuity must call)'
            cand register 'Register the Webhook URL at Acuity for each event (idempotent)'
            cand list 'List the webhooks registered at Acuity for this instance (or all)'
            cand remove 'Remove this instance''s webhooks at Acuity'
        }
        &'oc-acuity;help;webhook;url'= {
        }
        &'oc-acuity;help;webhook;register'= {
        }
        &'oc-acuity;help;webhook;list'= {
        }
        &'oc-acuity;help;webhook;remove'= {
        }
        &'oc-acuity;help;events'= {
            cand listen 'Receive event deliveries on 127.0.0.1 and print each event'
            cand log 'Show the events the platform received from Acuity for the instance, newest first'
        }
        &'oc-acuity;help;events;listen'= {
        }
        &'oc-acuity;help;events;log'= {
        }
        &'oc-acuity;help;doctor'= {
        }
        &'oc-acuity;help;api'= {
        }
        &'oc-acuity;help;sandbox'= {
            cand stop 'Stop the sandbox serving in the background'
            cand book 'Something happens at the sandbox''s Acuity: Acuity''s webhooks fire'
            cand reset 'Forget every sandbox instance and webhook (the state file)'
        }
        &'oc-acuity;help;sandbox;stop'= {
        }
        &'oc-acuity;help;sandbox;book'= {
        }
        &'oc-acuity;help;sandbox;reset'= {
        }
        &'oc-acuity;help;config'= {
            cand list 'Every setting of the profile'
            cand get 'One setting''s value alone'
            cand set 'Change a setting (validated like the flag)'
            cand unset 'Remove a setting'
            cand profiles 'The profiles in the config file'
            cand path 'The config file''s path'
        }
        &'oc-acuity;help;config;list'= {
        }
        &'oc-acuity;help;config;get'= {
        }
        &'oc-acuity;help;config;set'= {
        }
        &'oc-acuity;help;config;unset'= {
        }
        &'oc-acuity;help;config;profiles'= {
        }
        &'oc-acuity;help;config;path'= {
        }
        &'oc-acuity;help;completions'= {
        }
        &'oc-acuity;help;man'= {
        }
        &'oc-acuity;help;help'= {
        }
    ]
    $completions[$command]
}
