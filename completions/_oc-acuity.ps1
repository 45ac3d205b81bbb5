
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'oc-acuity' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'oc-acuity'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'oc-acuity' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]')
            [CompletionResult]::new('--user-secret-file', '--user-secret-file', [CompletionResultType]::ParameterName, 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret')
            [CompletionResult]::new('--org-secret-file', '--org-secret-file', [CompletionResultType]::ParameterName, 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in emulator instead of the real services')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in: walk the OAuth flow in the browser, create the instance, keep its token')
            [CompletionResult]::new('instance', 'instance', [CompletionResultType]::ParameterValue, 'Create and manage connector instances')
            [CompletionResult]::new('webhook', 'webhook', [CompletionResultType]::ParameterValue, 'The Webhook URL, and its registration at Acuity')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'Watch event deliveries arrive locally')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the whole event path, step by step, with the fix for each failing step')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Call any platform API path with the profile''s credentials; JSON out')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Serve the built-in emulator of the platform and Acuity on 127.0.0.1')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show and change the profile''s saved settings (no secrets)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print or write the man pages')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oc-acuity;auth' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the new instance [default: asked; "Acuity Scheduling (<profile>)"]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Acuity OAuth client ID (oauth.api.key) [env: OC_ACUITY_CLIENT_ID]')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the Acuity OAuth client secret from PATH, or -; or set OC_ACUITY_CLIENT_SECRET to the secret')
            [CompletionResult]::new('--callback-url', '--callback-url', [CompletionResultType]::ParameterName, 'Redirect URI registered at Acuity (oauth.callback.url) [env: OC_ACUITY_CALLBACK_URL]')
            [CompletionResult]::new('--event-callback-url', '--event-callback-url', [CompletionResultType]::ParameterName, 'Where the platform POSTs events (event.notification.callback.url) [env: OC_ACUITY_EVENT_CALLBACK_URL]')
            [CompletionResult]::new('--signature-key-file', '--signature-key-file', [CompletionResultType]::ParameterName, 'Read the event signature key from PATH, or -; or set OC_ACUITY_SIGNATURE_KEY to the secret')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Tag the instance (repeatable)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the browser to come back from Acuity')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'When an instance of this name exists: stop (fail), adopt it (reuse; no code needed), or authorize it again (reauth) [default: fail]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]')
            [CompletionResult]::new('--user-secret-file', '--user-secret-file', [CompletionResultType]::ParameterName, 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret')
            [CompletionResult]::new('--org-secret-file', '--org-secret-file', [CompletionResultType]::ParameterName, 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('--no-events', '--no-events', [CompletionResultType]::ParameterName, 'Create the instance with events off')
            [CompletionResult]::new('--show-token', '--show-token', [CompletionResultType]::ParameterName, 'Also print the instance token (it is a secret: mind your logs)')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Do not open a browser; print the authorization URL only')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Point the profile at the new instance even when it holds another (whose token is then printed)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in emulator instead of the real services')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Where each credential comes from, and whether the stored instance works')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the profile''s keyring entries and saved settings')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oc-acuity;auth;status' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]')
            [CompletionResult]::new('--user-secret-file', '--user-secret-file', [CompletionResultType]::ParameterName, 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret')
            [CompletionResult]::new('--org-secret-file', '--org-secret-file', [CompletionResultType]::ParameterName, 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in emulator instead of the real services')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oc-acuity;auth;logout' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]')
            [CompletionResult]::new('--user-secret-file', '--user-secret-file', [CompletionResultType]::ParameterName, 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret')
            [CompletionResult]::new('--org-secret-file', '--org-secret-file', [CompletionResultType]::ParameterName, 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required with --no-input)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required with --no-input)')
            [CompletionResult]::new('--delete-instance', '--delete-instance', [CompletionResultType]::ParameterName, 'Also delete the instance on the platform')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in emulator instead of the real services')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oc-acuity;auth;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Where each credential comes from, and whether the stored instance works')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the profile''s keyring entries and saved settings')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oc-acuity;auth;help;status' {
            break
        }
        'oc-acuity;auth;help;logout' {
            break
        }
        'oc-acuity;auth;help;help' {
            break
        }
        'oc-acuity;instance' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]')
            [CompletionResult]::new('--user-secret-file', '--user-secret-file', [CompletionResultType]::ParameterName, 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret')
            [CompletionResult]::new('--org-secret-file', '--org-secret-file', [CompletionResultType]::ParameterName, 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in emulator instead of the real services')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an Acuity Scheduling instance from an OAuth grant code (scriptable)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s Acuity instances')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one instance')
            [CompletionResult]::new('reauth', 'reauth', [CompletionResultType]::ParameterValue, 'Authorize an instance again (the OAuth flow), keeping its id and Webhook URL')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an instance''s name, tags or event settings (sends only what changes)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an instance on the platform')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the stored instance token alone (for $(...))')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'Turn an instance''s events on or off')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oc-acuity;instance;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the new instance')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'The OAuth grant code Acuity sent to the redirect URI; without it (and without --code-file) the browser login runs, when prompts are allowed')
            [CompletionResult]::new('--code-file', '--code-file', [CompletionResultType]::ParameterName, 'Read the grant code from PATH, or - for stdin')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Acuity OAuth client ID (oauth.api.key) [env: OC_ACUITY_CLIENT_ID]')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the Acuity OAuth client secret from PATH, or -; or set OC_ACUITY_CLIENT_SECRET to the secret')
            [CompletionResult]::new('--callback-url', '--callback-url', [CompletionResultType]::ParameterName, 'Redirect URI registered at Acuity (oauth.callback.url) [env: OC_ACUITY_CALLBACK_URL]')
            [CompletionResult]::new('--event-callback-url', '--event-callback-url', [CompletionResultType]::ParameterName, 'Where the platform POSTs events (event.notification.callback.url) [env: OC_ACUITY_EVENT_CALLBACK_URL]')
            [CompletionResult]::new('--signature-key-file', '--signature-key-file', [CompletionResultType]::ParameterName, 'Read the event signature key from PATH, or -; or set OC_ACUITY_SIGNATURE_KEY to the secret')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Tag the instance (repeatable)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the browser to come back from Acuity')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'When an instance of this name exists: stop (fail), adopt it (reuse; no code needed), or authorize it again (reauth) [default: fail]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]')
            [CompletionResult]::new('--user-secret-file', '--user-secret-file', [CompletionResultType]::ParameterName, 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret')
            [CompletionResult]::new('--org-secret-file', '--org-secret-file', [CompletionResultType]::ParameterName, 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('--no-store', '--no-store', [CompletionResultType]::ParameterName, 'Do not store the id and token in the keyring; print the token instead')
            [CompletionResult]::new('--no-events', '--no-events', [CompletionResultType]::ParameterName, 'Create the instance with events off')
            [CompletionResult]::new('--show-token', '--show-token', [CompletionResultType]::ParameterName, 'Also print the instance token (it is a secret: mind your logs)')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Do not open a browser; print the authorization URL only')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Point the profile at the new instance even when it holds another (whose token is then printed)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in emulator instead of the real services')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oc-acuity;instance;list' {
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only instances with this tag')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only instances whose name contains this text (case-insensitive)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]')
            [CompletionResult]::new('--user-secret-file', '--user-secret-file', [CompletionResultType]::ParameterName, 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret')
            [CompletionResult]::new('--org-secret-file', '--org-secret-file', [CompletionResultType]::ParameterName, 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in emulator instead of the real services')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oc-acuity;instance;show' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]')
            [CompletionResult]::new('--user-secret-file', '--user-secret-file', [CompletionResultType]::ParameterName, 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret')
            [CompletionResult]::new('--org-secret-file', '--org-secret-file', [CompletionResultType]::ParameterName, 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in emulator instead of the real services')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oc-acuity;instance;reauth' {
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'The new OAuth grant code; without it (and without --code-file) the browser login runs, when prompts are allowed')
            [CompletionResult]::new('--code-file', '--code-file', [CompletionResultType]::ParameterName, 'Read the grant code from PATH, or - for stdin')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Acuity OAuth client ID (oauth.api.key) [env: OC_ACUITY_CLIENT_ID]')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the Acuity OAuth client secret from PATH, or -; or set OC_ACUITY_CLIENT_SECRET to the secret')
            [CompletionResult]::new('--callback-url', '--callback-url', [CompletionResultType]::ParameterName, 'Redirect URI registered at Acuity (oauth.callback.url) [env: OC_ACUITY_CALLBACK_URL]')
            [CompletionResult]::new('--event-callback-url', '--event-callback-url', [CompletionResultType]::ParameterName, 'Where the platform POSTs events (event.notification.callback.url) [env: OC_ACUITY_EVENT_CALLBACK_URL]')
            [CompletionResult]::new('--signature-key-file', '--signature-key-file', [CompletionResultType]::ParameterName, 'Read the event signature key from PATH, or -; or set OC_ACUITY_SIGNATURE_KEY to the secret')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Tag the instance (repeatable)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the browser to come back from Acuity')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'When an instance of this name exists: stop (fail), adopt it (reuse; no code needed), or authorize it again (reauth) [default: fail]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]')
            [CompletionResult]::new('--user-secret-file', '--user-secret-file', [CompletionResultType]::ParameterName, 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret')
            [CompletionResult]::new('--org-secret-file', '--org-secret-file', [CompletionResultType]::ParameterName, 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('--no-events', '--no-events', [CompletionResultType]::ParameterName, 'Create the instance with events off')
            [CompletionResult]::new('--show-token', '--show-token', [CompletionResultType]::ParameterName, 'Also print the instance token (it is a secret: mind your logs)')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Do not open a browser; print the authorization URL only')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Point the profile at the new instance even when it holds another (whose token is then printed)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in emulator instead of the real services')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oc-acuity;instance;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A new name')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'The new tags, replacing the old ones (repeatable)')
            [CompletionResult]::new('--event-callback-url', '--event-callback-url', [CompletionResultType]::ParameterName, 'Where the platform POSTs events (turns events on)')
            [CompletionResult]::new('--signature-key-file', '--signature-key-file', [CompletionResultType]::ParameterName, 'Set the event signature key from PATH, or -')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]')
            [CompletionResult]::new('--user-secret-file', '--user-secret-file', [CompletionResultType]::ParameterName, 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret')
            [CompletionResult]::new('--org-secret-file', '--org-secret-file', [CompletionResultType]::ParameterName, 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('--events', '--events', [CompletionResultType]::ParameterName, 'Turn events on')
            [CompletionResult]::new('--no-events', '--no-events', [CompletionResultType]::ParameterName, 'Turn events off')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in emulator instead of the real services')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oc-acuity;instance;delete' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]')
            [CompletionResult]::new('--user-secret-file', '--user-secret-file', [CompletionResultType]::ParameterName, 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret')
            [CompletionResult]::new('--org-secret-file', '--org-secret-file', [CompletionResultType]::ParameterName, 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required with --no-input)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required with --no-input)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in emulator instead of the real services')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oc-acuity;instance;token' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]')
            [CompletionResult]::new('--user-secret-file', '--user-secret-file', [CompletionResultType]::ParameterName, 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret')
            [CompletionResult]::new('--org-secret-file', '--org-secret-file', [CompletionResultType]::ParameterName, 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in emulator instead of the real services')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oc-acuity;instance;events' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]')
            [CompletionResult]::new('--user-secret-file', '--user-secret-file', [CompletionResultType]::ParameterName, 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret')
            [CompletionResult]::new('--org-secret-file', '--org-secret-file', [CompletionResultType]::ParameterName, 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in emulator instead of the real services')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn events on, delivered to --event-callback-url')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn events off')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oc-acuity;instance;events;enable' {
            [CompletionResult]::new('--event-callback-url', '--event-callback-url', [CompletionResultType]::ParameterName, 'Where the platform POSTs events [env: OC_ACUITY_EVENT_CALLBACK_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]')
            [CompletionResult]::new('--user-secret-file', '--user-secret-file', [CompletionResultType]::ParameterName, 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret')
            [CompletionResult]::new('--org-secret-file', '--org-secret-file', [CompletionResultType]::ParameterName, 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in emulator instead of the real services')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oc-acuity;instance;events;disable' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]')
            [CompletionResult]::new('--user-secret-file', '--user-secret-file', [CompletionResultType]::ParameterName, 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret')
            [CompletionResult]::new('--org-secret-file', '--org-secret-file', [CompletionResultType]::ParameterName, 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in emulator instead of the real services')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oc-acuity;instance;events;help' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn events on, delivered to --event-callback-url')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn events off')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oc-acuity;instance;events;help;enable' {
            break
        }
        'oc-acuity;instance;events;help;disable' {
            break
        }
        'oc-acuity;instance;events;help;help' {
            break
        }
        'oc-acuity;instance;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an Acuity Scheduling instance from an OAuth grant code (scriptable)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s Acuity instances')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one instance')
            [CompletionResult]::new('reauth', 'reauth', [CompletionResultType]::ParameterValue, 'Authorize an instance again (the OAuth flow), keeping its id and Webhook URL')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an instance''s name, tags or event settings (sends only what changes)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an instance on the platform')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the stored instance token alone (for $(...))')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'Turn an instance''s events on or off')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oc-acuity;instance;help;create' {
            break
        }
        'oc-acuity;instance;help;list' {
            break
        }
        'oc-acuity;instance;help;show' {
            break
        }
        'oc-acuity;instance;help;reauth' {
            break
        }
        'oc-acuity;instance;help;update' {
            break
        }
        'oc-acuity;instance;help;delete' {
            break
        }
        'oc-acuity;instance;help;token' {
            break
        }
        'oc-acuity;instance;help;events' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn events on, delivered to --event-callback-url')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn events off')
            break
        }
        'oc-acuity;instance;help;events;enable' {
            break
        }
        'oc-acuity;instance;help;events;disable' {
            break
        }
        'oc-acuity;instance;help;help' {
            break
        }
        'oc-acuity;webhook' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]')
            [CompletionResult]::new('--user-secret-file', '--user-secret-file', [CompletionResultType]::ParameterName, 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret')
            [CompletionResult]::new('--org-secret-file', '--org-secret-file', [CompletionResultType]::ParameterName, 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in emulator instead of the real services')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('url', 'url', [CompletionResultType]::ParameterValue, 'Print the instance''s Webhook URL alone (what Acuity must call)')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register the Webhook URL at Acuity for each event (idempotent)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the webhooks registered at Acuity for this instance (or all)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove this instance''s webhooks at Acuity')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oc-acuity;webhook;url' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]')
            [CompletionResult]::new('--user-secret-file', '--user-secret-file', [CompletionResultType]::ParameterName, 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret')
            [CompletionResult]::new('--org-secret-file', '--org-secret-file', [CompletionResultType]::ParameterName, 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in emulator instead of the real services')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oc-acuity;webhook;register' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The instance''s Webhook URL as the Open Connectors console shows it (saved to the profile) [default: derived from the instance id] [env: OC_ACUITY_WEBHOOK_URL]')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'An event to subscribe (repeatable) [default: appointment.scheduled, appointment.rescheduled, appointment.canceled, order.completed]')
            [CompletionResult]::new('--acuity-user-id', '--acuity-user-id', [CompletionResultType]::ParameterName, 'Acuity''s numeric user ID [env: OC_ACUITY_ACUITY_USER_ID]')
            [CompletionResult]::new('--acuity-api-key-file', '--acuity-api-key-file', [CompletionResultType]::ParameterName, 'Read the Acuity API key from PATH, or -; or set OC_ACUITY_ACUITY_API_KEY to the secret')
            [CompletionResult]::new('--acuity-base-url', '--acuity-base-url', [CompletionResultType]::ParameterName, 'Acuity''s API root [env: OC_ACUITY_ACUITY_BASE_URL] [default: https://acuityscheduling.com/api/v1]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]')
            [CompletionResult]::new('--user-secret-file', '--user-secret-file', [CompletionResultType]::ParameterName, 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret')
            [CompletionResult]::new('--org-secret-file', '--org-secret-file', [CompletionResultType]::ParameterName, 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in emulator instead of the real services')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oc-acuity;webhook;list' {
            [CompletionResult]::new('--acuity-user-id', '--acuity-user-id', [CompletionResultType]::ParameterName, 'Acuity''s numeric user ID [env: OC_ACUITY_ACUITY_USER_ID]')
            [CompletionResult]::new('--acuity-api-key-file', '--acuity-api-key-file', [CompletionResultType]::ParameterName, 'Read the Acuity API key from PATH, or -; or set OC_ACUITY_ACUITY_API_KEY to the secret')
            [CompletionResult]::new('--acuity-base-url', '--acuity-base-url', [CompletionResultType]::ParameterName, 'Acuity''s API root [env: OC_ACUITY_ACUITY_BASE_URL] [default: https://acuityscheduling.com/api/v1]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]')
            [CompletionResult]::new('--user-secret-file', '--user-secret-file', [CompletionResultType]::ParameterName, 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret')
            [CompletionResult]::new('--org-secret-file', '--org-secret-file', [CompletionResultType]::ParameterName, 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every webhook of the Acuity account, not only this instance''s, each marked current, stale (its instance no longer exists) or other')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in emulator instead of the real services')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oc-acuity;webhook;remove' {
            [CompletionResult]::new('--acuity-user-id', '--acuity-user-id', [CompletionResultType]::ParameterName, 'Acuity''s numeric user ID [env: OC_ACUITY_ACUITY_USER_ID]')
            [CompletionResult]::new('--acuity-api-key-file', '--acuity-api-key-file', [CompletionResultType]::ParameterName, 'Read the Acuity API key from PATH, or -; or set OC_ACUITY_ACUITY_API_KEY to the secret')
            [CompletionResult]::new('--acuity-base-url', '--acuity-base-url', [CompletionResultType]::ParameterName, 'Acuity''s API root [env: OC_ACUITY_ACUITY_BASE_URL] [default: https://acuityscheduling.com/api/v1]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]')
            [CompletionResult]::new('--user-secret-file', '--user-secret-file', [CompletionResultType]::ParameterName, 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret')
            [CompletionResult]::new('--org-secret-file', '--org-secret-file', [CompletionResultType]::ParameterName, 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('--stale', '--stale', [CompletionResultType]::ParameterName, 'Instead: every webhook pointing at an instance that no longer exists')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in emulator instead of the real services')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oc-acuity;webhook;help' {
            [CompletionResult]::new('url', 'url', [CompletionResultType]::ParameterValue, 'Print the instance''s Webhook URL alone (what Acuity must call)')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register the Webhook URL at Acuity for each event (idempotent)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the webhooks registered at Acuity for this instance (or all)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove this instance''s webhooks at Acuity')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oc-acuity;webhook;help;url' {
            break
        }
        'oc-acuity;webhook;help;register' {
            break
        }
        'oc-acuity;webhook;help;list' {
            break
        }
        'oc-acuity;webhook;help;remove' {
            break
        }
        'oc-acuity;webhook;help;help' {
            break
        }
        'oc-acuity;events' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]')
            [CompletionResult]::new('--user-secret-file', '--user-secret-file', [CompletionResultType]::ParameterName, 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret')
            [CompletionResult]::new('--org-secret-file', '--org-secret-file', [CompletionResultType]::ParameterName, 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in emulator instead of the real services')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Receive event deliveries on 127.0.0.1 and print each event')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Show the events the platform received from Acuity for the instance, newest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oc-acuity;events;listen' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port on 127.0.0.1 (0 picks a free one)')
            [CompletionResult]::new('--signature-key-file', '--signature-key-file', [CompletionResultType]::ParameterName, 'Verify Elements-Webhook-Signature with the key in PATH, or -; or set OC_ACUITY_SIGNATURE_KEY to the secret')
            [CompletionResult]::new('--forward-to', '--forward-to', [CompletionResultType]::ParameterName, 'Also forward each delivery, unchanged, to this URL (`3000` is `http://localhost:3000/`, `localhost:3000/hook` is `http://localhost:3000/hook`); a line `<-- [STATUS] POST URL` says how each forward went. A delivery is acknowledged (200) only when the target answered 2xx; otherwise the platform is answered 502 and delivers it again later. That costs: the platform retries a delivery 9 times over about 73 hours, then deactivates the subscription, so keep the target up')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]')
            [CompletionResult]::new('--user-secret-file', '--user-secret-file', [CompletionResultType]::ParameterName, 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret')
            [CompletionResult]::new('--org-secret-file', '--org-secret-file', [CompletionResultType]::ParameterName, 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in emulator instead of the real services')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oc-acuity;events;log' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N events, the newest')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]')
            [CompletionResult]::new('--user-secret-file', '--user-secret-file', [CompletionResultType]::ParameterName, 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret')
            [CompletionResult]::new('--org-secret-file', '--org-secret-file', [CompletionResultType]::ParameterName, 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in emulator instead of the real services')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oc-acuity;events;help' {
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Receive event deliveries on 127.0.0.1 and print each event')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Show the events the platform received from Acuity for the instance, newest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oc-acuity;events;help;listen' {
            break
        }
        'oc-acuity;events;help;log' {
            break
        }
        'oc-acuity;events;help;help' {
            break
        }
        'oc-acuity;doctor' {
            [CompletionResult]::new('--signature-key-file', '--signature-key-file', [CompletionResultType]::ParameterName, 'Sign the sample event with the key in PATH, or -; or set OC_ACUITY_SIGNATURE_KEY to the secret')
            [CompletionResult]::new('--acuity-user-id', '--acuity-user-id', [CompletionResultType]::ParameterName, 'Acuity''s numeric user ID [env: OC_ACUITY_ACUITY_USER_ID]')
            [CompletionResult]::new('--acuity-api-key-file', '--acuity-api-key-file', [CompletionResultType]::ParameterName, 'Read the Acuity API key from PATH, or -; or set OC_ACUITY_ACUITY_API_KEY to the secret')
            [CompletionResult]::new('--acuity-base-url', '--acuity-base-url', [CompletionResultType]::ParameterName, 'Acuity''s API root [env: OC_ACUITY_ACUITY_BASE_URL] [default: https://acuityscheduling.com/api/v1]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]')
            [CompletionResult]::new('--user-secret-file', '--user-secret-file', [CompletionResultType]::ParameterName, 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret')
            [CompletionResult]::new('--org-secret-file', '--org-secret-file', [CompletionResultType]::ParameterName, 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('--send-test', '--send-test', [CompletionResultType]::ParameterName, 'Also POST a signed sample event to the event callback URL and report its answer')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in emulator instead of the real services')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oc-acuity;api' {
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'GET, POST, PUT, PATCH or DELETE [default: GET, or POST when a body is given]')
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'GET, POST, PUT, PATCH or DELETE [default: GET, or POST when a body is given]')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A body field KEY=VALUE (numbers, true, false and null as JSON, anything else a string); with GET, a query parameter (repeatable)')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A body field KEY=VALUE (numbers, true, false and null as JSON, anything else a string); with GET, a query parameter (repeatable)')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'The request body, as it is: a JSON file, or - for stdin')
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'Call as an instance: its token is added (`Element TOKEN`) [default ID: the profile''s stored instance]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]')
            [CompletionResult]::new('--user-secret-file', '--user-secret-file', [CompletionResultType]::ParameterName, 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret')
            [CompletionResult]::new('--org-secret-file', '--org-secret-file', [CompletionResultType]::ParameterName, 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('--paginate', '--paginate', [CompletionResultType]::ParameterName, 'Follow every page (`elements-next-page-token`) and print one JSON array (GET only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in emulator instead of the real services')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oc-acuity;sandbox' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port on 127.0.0.1 (0 picks a free one)')
            [CompletionResult]::new('--user-secret-file', '--user-secret-file', [CompletionResultType]::ParameterName, 'Refused here: the sandbox takes any secret')
            [CompletionResult]::new('--org-secret-file', '--org-secret-file', [CompletionResultType]::ParameterName, 'Refused here: the sandbox takes any secret')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Refused here: the sandbox has its own API root')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Serve in the background and return (stop it with `oc-acuity sandbox stop`)')
            [CompletionResult]::new('--background', '--background', [CompletionResultType]::ParameterName, 'Serve in the background and return (stop it with `oc-acuity sandbox stop`)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Refused here: `oc-acuity sandbox` is the sandbox')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the sandbox serving in the background')
            [CompletionResult]::new('book', 'book', [CompletionResultType]::ParameterValue, 'Something happens at the sandbox''s Acuity: Acuity''s webhooks fire')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Forget every sandbox instance and webhook (the state file)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oc-acuity;sandbox;stop' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oc-acuity;sandbox;book' {
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'What happens')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oc-acuity;sandbox;reset' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required with --no-input)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required with --no-input)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oc-acuity;sandbox;help' {
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the sandbox serving in the background')
            [CompletionResult]::new('book', 'book', [CompletionResultType]::ParameterValue, 'Something happens at the sandbox''s Acuity: Acuity''s webhooks fire')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Forget every sandbox instance and webhook (the state file)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oc-acuity;sandbox;help;stop' {
            break
        }
        'oc-acuity;sandbox;help;book' {
            break
        }
        'oc-acuity;sandbox;help;reset' {
            break
        }
        'oc-acuity;sandbox;help;help' {
            break
        }
        'oc-acuity;config' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]')
            [CompletionResult]::new('--user-secret-file', '--user-secret-file', [CompletionResultType]::ParameterName, 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret')
            [CompletionResult]::new('--org-secret-file', '--org-secret-file', [CompletionResultType]::ParameterName, 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in emulator instead of the real services')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every setting of the profile')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One setting''s value alone')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting (validated like the flag)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a setting')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'The profiles in the config file')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'The config file''s path')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oc-acuity;config;list' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]')
            [CompletionResult]::new('--user-secret-file', '--user-secret-file', [CompletionResultType]::ParameterName, 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret')
            [CompletionResult]::new('--org-secret-file', '--org-secret-file', [CompletionResultType]::ParameterName, 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in emulator instead of the real services')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oc-acuity;config;get' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]')
            [CompletionResult]::new('--user-secret-file', '--user-secret-file', [CompletionResultType]::ParameterName, 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret')
            [CompletionResult]::new('--org-secret-file', '--org-secret-file', [CompletionResultType]::ParameterName, 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in emulator instead of the real services')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oc-acuity;config;set' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]')
            [CompletionResult]::new('--user-secret-file', '--user-secret-file', [CompletionResultType]::ParameterName, 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret')
            [CompletionResult]::new('--org-secret-file', '--org-secret-file', [CompletionResultType]::ParameterName, 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in emulator instead of the real services')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oc-acuity;config;unset' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]')
            [CompletionResult]::new('--user-secret-file', '--user-secret-file', [CompletionResultType]::ParameterName, 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret')
            [CompletionResult]::new('--org-secret-file', '--org-secret-file', [CompletionResultType]::ParameterName, 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in emulator instead of the real services')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oc-acuity;config;profiles' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]')
            [CompletionResult]::new('--user-secret-file', '--user-secret-file', [CompletionResultType]::ParameterName, 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret')
            [CompletionResult]::new('--org-secret-file', '--org-secret-file', [CompletionResultType]::ParameterName, 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in emulator instead of the real services')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oc-acuity;config;path' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]')
            [CompletionResult]::new('--user-secret-file', '--user-secret-file', [CompletionResultType]::ParameterName, 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret')
            [CompletionResult]::new('--org-secret-file', '--org-secret-file', [CompletionResultType]::ParameterName, 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in emulator instead of the real services')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oc-acuity;config;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every setting of the profile')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One setting''s value alone')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting (validated like the flag)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a setting')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'The profiles in the config file')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'The config file''s path')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oc-acuity;config;help;list' {
            break
        }
        'oc-acuity;config;help;get' {
            break
        }
        'oc-acuity;config;help;set' {
            break
        }
        'oc-acuity;config;help;unset' {
            break
        }
        'oc-acuity;config;help;profiles' {
            break
        }
        'oc-acuity;config;help;path' {
            break
        }
        'oc-acuity;config;help;help' {
            break
        }
        'oc-acuity;completions' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]')
            [CompletionResult]::new('--user-secret-file', '--user-secret-file', [CompletionResultType]::ParameterName, 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret')
            [CompletionResult]::new('--org-secret-file', '--org-secret-file', [CompletionResultType]::ParameterName, 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in emulator instead of the real services')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oc-acuity;man' {
            [CompletionResult]::new('--out-dir', '--out-dir', [CompletionResultType]::ParameterName, 'Write oc-acuity.1 and one page per subcommand into DIR (default: print oc-acuity.1 on stdout)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]')
            [CompletionResult]::new('--user-secret-file', '--user-secret-file', [CompletionResultType]::ParameterName, 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret')
            [CompletionResult]::new('--org-secret-file', '--org-secret-file', [CompletionResultType]::ParameterName, 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Time limit of each HTTP request, in seconds')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout and nothing else there')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in emulator instead of the real services')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (requests, timings, sources); repeat for more')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors and warnings on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oc-acuity;help' {
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in: walk the OAuth flow in the browser, create the instance, keep its token')
            [CompletionResult]::new('instance', 'instance', [CompletionResultType]::ParameterValue, 'Create and manage connector instances')
            [CompletionResult]::new('webhook', 'webhook', [CompletionResultType]::ParameterValue, 'The Webhook URL, and its registration at Acuity')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'Watch event deliveries arrive locally')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the whole event path, step by step, with the fix for each failing step')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Call any platform API path with the profile''s credentials; JSON out')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Serve the built-in emulator of the platform and Acuity on 127.0.0.1')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show and change the profile''s saved settings (no secrets)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print or write the man pages')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oc-acuity;help;auth' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Where each credential comes from, and whether the stored instance works')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the profile''s keyring entries and saved settings')
            break
        }
        'oc-acuity;help;auth;status' {
            break
        }
        'oc-acuity;help;auth;logout' {
            break
        }
        'oc-acuity;help;instance' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an Acuity Scheduling instance from an OAuth grant code (scriptable)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s Acuity instances')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one instance')
            [CompletionResult]::new('reauth', 'reauth', [CompletionResultType]::ParameterValue, 'Authorize an instance again (the OAuth flow), keeping its id and Webhook URL')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an instance''s name, tags or event settings (sends only what changes)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an instance on the platform')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the stored instance token alone (for $(...))')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'Turn an instance''s events on or off')
            break
        }
        'oc-acuity;help;instance;create' {
            break
        }
        'oc-acuity;help;instance;list' {
            break
        }
        'oc-acuity;help;instance;show' {
            break
        }
        'oc-acuity;help;instance;reauth' {
            break
        }
        'oc-acuity;help;instance;update' {
            break
        }
        'oc-acuity;help;instance;delete' {
            break
        }
        'oc-acuity;help;instance;token' {
            break
        }
        'oc-acuity;help;instance;events' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn events on, delivered to --event-callback-url')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn events off')
            break
        }
        'oc-acuity;help;instance;events;enable' {
            break
        }
        'oc-acuity;help;instance;events;disable' {
            break
        }
        'oc-acuity;help;webhook' {
            [CompletionResult]::new('url', 'url', [CompletionResultType]::ParameterValue, 'Print the instance''s Webhook URL alone (what Acuity must call)')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register the Webhook URL at Acuity for each event (idempotent)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the webhooks registered at Acuity for this instance (or all)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove this instance''s webhooks at Acuity')
            break
        }
        'oc-acuity;help;webhook;url' {
            break
        }
        'oc-acuity;help;webhook;register' {
            break
        }
        'oc-acuity;help;webhook;list' {
            break
        }
        'oc-acuity;help;webhook;remove' {
            break
        }
        'oc-acuity;help;events' {
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Receive event deliveries on 127.0.0.1 and print each event')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Show the events the platform received from Acuity for the instance, newest first')
            break
        }
        'oc-acuity;help;events;listen' {
            break
        }
        'oc-acuity;help;events;log' {
            break
        }
        'oc-acuity;help;doctor' {
            break
        }
        'oc-acuity;help;api' {
            break
        }
        'oc-acuity;help;sandbox' {
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the sandbox serving in the background')
            [CompletionResult]::new('book', 'book', [CompletionResultType]::ParameterValue, 'Something happens at the sandbox''s Acuity: Acuity''s webhooks fire')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Forget every sandbox instance and webhook (the state file)')
            break
        }
        'oc-acuity;help;sandbox;stop' {
            break
        }
        'oc-acuity;help;sandbox;book' {
            break
        }
        'oc-acuity;help;sandbox;reset' {
            break
        }
        'oc-acuity;help;config' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every setting of the profile')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One setting''s value alone')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting (validated like the flag)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a setting')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'The profiles in the config file')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'The config file''s path')
            break
        }
        'oc-acuity;help;config;list' {
            break
        }
        'oc-acuity;help;config;get' {
            break
        }
        'oc-acuity;help;config;set' {
            break
        }
        'oc-acuity;help;config;unset' {
            break
        }
        'oc-acuity;help;config;profiles' {
            break
        }
        'oc-acuity;help;config;path' {
            break
        }
        'oc-acuity;help;completions' {
            break
        }
        'oc-acuity;help;man' {
            break
        }
        'oc-acuity;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
