# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_oc_acuity_global_optspecs
    string join \n p/profile= base-url= json no-input sandbox user-secret-file= org-secret-file= v/verbose q/quiet request-timeout= retries= h/help V/version
end

function __fish_oc_acuity_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_oc_acuity_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_oc_acuity_using_subcommand
    set -l cmd (__fish_oc_acuity_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c oc-acuity -n "__fish_oc_acuity_needs_command" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_needs_command" -l base-url -d 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]' -r
complete -c oc-acuity -n "__fish_oc_acuity_needs_command" -l user-secret-file -d 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_needs_command" -l org-secret-file -d 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_needs_command" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_needs_command" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_needs_command" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_needs_command" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_needs_command" -l sandbox -d 'Run against the built-in emulator instead of the real services'
complete -c oc-acuity -n "__fish_oc_acuity_needs_command" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_needs_command" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_needs_command" -s h -l help -d 'Print help'
complete -c oc-acuity -n "__fish_oc_acuity_needs_command" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_needs_command" -f -a "auth" -d 'Log in: walk the OAuth flow in the browser, create the instance, keep its token'
complete -c oc-acuity -n "__fish_oc_acuity_needs_command" -f -a "instance" -d 'Create and manage connector instances'
complete -c oc-acuity -n "__fish_oc_acuity_needs_command" -f -a "webhook" -d 'The Webhook URL, and its registration at Acuity'
complete -c oc-acuity -n "__fish_oc_acuity_needs_command" -f -a "events" -d 'Watch event deliveries arrive locally'
complete -c oc-acuity -n "__fish_oc_acuity_needs_command" -f -a "doctor" -d 'Check the whole event path, step by step, with the fix for each failing step'
complete -c oc-acuity -n "__fish_oc_acuity_needs_command" -f -a "api" -d 'Call any platform API path with the profile\'s credentials; JSON out'
complete -c oc-acuity -n "__fish_oc_acuity_needs_command" -f -a "sandbox" -d 'Serve the built-in emulator of the platform and Acuity on 127.0.0.1'
complete -c oc-acuity -n "__fish_oc_acuity_needs_command" -f -a "config" -d 'Show and change the profile\'s saved settings (no secrets)'
complete -c oc-acuity -n "__fish_oc_acuity_needs_command" -f -a "completions" -d 'Print the shell completion script'
complete -c oc-acuity -n "__fish_oc_acuity_needs_command" -f -a "man" -d 'Print or write the man pages'
complete -c oc-acuity -n "__fish_oc_acuity_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and not __fish_seen_subcommand_from status logout help" -l name -d 'Name of the new instance [default: asked; "Acuity Scheduling (<profile>)"]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and not __fish_seen_subcommand_from status logout help" -l client-id -d 'Acuity OAuth client ID (oauth.api.key) [env: OC_ACUITY_CLIENT_ID]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and not __fish_seen_subcommand_from status logout help" -l client-secret-file -d 'Read the Acuity OAuth client secret from PATH, or -; or set OC_ACUITY_CLIENT_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and not __fish_seen_subcommand_from status logout help" -l callback-url -d 'Redirect URI registered at Acuity (oauth.callback.url) [env: OC_ACUITY_CALLBACK_URL]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and not __fish_seen_subcommand_from status logout help" -l event-callback-url -d 'Where the platform POSTs events (event.notification.callback.url) [env: OC_ACUITY_EVENT_CALLBACK_URL]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and not __fish_seen_subcommand_from status logout help" -l signature-key-file -d 'Read the event signature key from PATH, or -; or set OC_ACUITY_SIGNATURE_KEY to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and not __fish_seen_subcommand_from status logout help" -l tag -d 'Tag the instance (repeatable)' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and not __fish_seen_subcommand_from status logout help" -l timeout -d 'Seconds to wait for the browser to come back from Acuity' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and not __fish_seen_subcommand_from status logout help" -l if-exists -d 'When an instance of this name exists: stop (fail), adopt it (reuse; no code needed), or authorize it again (reauth) [default: fail]' -r -f -a "fail\t'Stop, naming the instance; nothing is created'
reuse\t'Adopt it and bring its events and tags to what was asked'
reauth\t'Authorize it again with a new code, keeping its id and Webhook URL'"
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and not __fish_seen_subcommand_from status logout help" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and not __fish_seen_subcommand_from status logout help" -l base-url -d 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and not __fish_seen_subcommand_from status logout help" -l user-secret-file -d 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and not __fish_seen_subcommand_from status logout help" -l org-secret-file -d 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and not __fish_seen_subcommand_from status logout help" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and not __fish_seen_subcommand_from status logout help" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and not __fish_seen_subcommand_from status logout help" -l no-events -d 'Create the instance with events off'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and not __fish_seen_subcommand_from status logout help" -l show-token -d 'Also print the instance token (it is a secret: mind your logs)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and not __fish_seen_subcommand_from status logout help" -l no-browser -d 'Do not open a browser; print the authorization URL only'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and not __fish_seen_subcommand_from status logout help" -l replace -d 'Point the profile at the new instance even when it holds another (whose token is then printed)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and not __fish_seen_subcommand_from status logout help" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and not __fish_seen_subcommand_from status logout help" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and not __fish_seen_subcommand_from status logout help" -l sandbox -d 'Run against the built-in emulator instead of the real services'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and not __fish_seen_subcommand_from status logout help" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and not __fish_seen_subcommand_from status logout help" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and not __fish_seen_subcommand_from status logout help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and not __fish_seen_subcommand_from status logout help" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and not __fish_seen_subcommand_from status logout help" -f -a "status" -d 'Where each credential comes from, and whether the stored instance works'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and not __fish_seen_subcommand_from status logout help" -f -a "logout" -d 'Remove the profile\'s keyring entries and saved settings'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and not __fish_seen_subcommand_from status logout help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and __fish_seen_subcommand_from status" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and __fish_seen_subcommand_from status" -l base-url -d 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and __fish_seen_subcommand_from status" -l user-secret-file -d 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and __fish_seen_subcommand_from status" -l org-secret-file -d 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and __fish_seen_subcommand_from status" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and __fish_seen_subcommand_from status" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and __fish_seen_subcommand_from status" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and __fish_seen_subcommand_from status" -l sandbox -d 'Run against the built-in emulator instead of the real services'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and __fish_seen_subcommand_from logout" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and __fish_seen_subcommand_from logout" -l base-url -d 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and __fish_seen_subcommand_from logout" -l user-secret-file -d 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and __fish_seen_subcommand_from logout" -l org-secret-file -d 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and __fish_seen_subcommand_from logout" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and __fish_seen_subcommand_from logout" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and __fish_seen_subcommand_from logout" -s y -l yes -d 'Do not ask for confirmation (required with --no-input)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and __fish_seen_subcommand_from logout" -l delete-instance -d 'Also delete the instance on the platform'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and __fish_seen_subcommand_from logout" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and __fish_seen_subcommand_from logout" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and __fish_seen_subcommand_from logout" -l sandbox -d 'Run against the built-in emulator instead of the real services'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and __fish_seen_subcommand_from logout" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and __fish_seen_subcommand_from logout" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and __fish_seen_subcommand_from logout" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Where each credential comes from, and whether the stored instance works'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "logout" -d 'Remove the profile\'s keyring entries and saved settings'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and not __fish_seen_subcommand_from create list show reauth update delete token events help" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and not __fish_seen_subcommand_from create list show reauth update delete token events help" -l base-url -d 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and not __fish_seen_subcommand_from create list show reauth update delete token events help" -l user-secret-file -d 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and not __fish_seen_subcommand_from create list show reauth update delete token events help" -l org-secret-file -d 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and not __fish_seen_subcommand_from create list show reauth update delete token events help" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and not __fish_seen_subcommand_from create list show reauth update delete token events help" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and not __fish_seen_subcommand_from create list show reauth update delete token events help" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and not __fish_seen_subcommand_from create list show reauth update delete token events help" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and not __fish_seen_subcommand_from create list show reauth update delete token events help" -l sandbox -d 'Run against the built-in emulator instead of the real services'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and not __fish_seen_subcommand_from create list show reauth update delete token events help" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and not __fish_seen_subcommand_from create list show reauth update delete token events help" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and not __fish_seen_subcommand_from create list show reauth update delete token events help" -s h -l help -d 'Print help'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and not __fish_seen_subcommand_from create list show reauth update delete token events help" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and not __fish_seen_subcommand_from create list show reauth update delete token events help" -f -a "create" -d 'Create an Acuity Scheduling instance from an OAuth grant code (scriptable)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and not __fish_seen_subcommand_from create list show reauth update delete token events help" -f -a "list" -d 'List the account\'s Acuity instances'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and not __fish_seen_subcommand_from create list show reauth update delete token events help" -f -a "show" -d 'Show one instance'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and not __fish_seen_subcommand_from create list show reauth update delete token events help" -f -a "reauth" -d 'Authorize an instance again (the OAuth flow), keeping its id and Webhook URL'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and not __fish_seen_subcommand_from create list show reauth update delete token events help" -f -a "update" -d 'Change an instance\'s name, tags or event settings (sends only what changes)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and not __fish_seen_subcommand_from create list show reauth update delete token events help" -f -a "delete" -d 'Delete an instance on the platform'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and not __fish_seen_subcommand_from create list show reauth update delete token events help" -f -a "token" -d 'Print the stored instance token alone (for $(...))'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and not __fish_seen_subcommand_from create list show reauth update delete token events help" -f -a "events" -d 'Turn an instance\'s events on or off'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and not __fish_seen_subcommand_from create list show reauth update delete token events help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from create" -l name -d 'Name of the new instance' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from create" -l code -d 'The OAuth grant code Acuity sent to the redirect URI; without it (and without --code-file) the browser login runs, when prompts are allowed' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from create" -l code-file -d 'Read the grant code from PATH, or - for stdin' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from create" -l client-id -d 'Acuity OAuth client ID (oauth.api.key) [env: OC_ACUITY_CLIENT_ID]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from create" -l client-secret-file -d 'Read the Acuity OAuth client secret from PATH, or -; or set OC_ACUITY_CLIENT_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from create" -l callback-url -d 'Redirect URI registered at Acuity (oauth.callback.url) [env: OC_ACUITY_CALLBACK_URL]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from create" -l event-callback-url -d 'Where the platform POSTs events (event.notification.callback.url) [env: OC_ACUITY_EVENT_CALLBACK_URL]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from create" -l signature-key-file -d 'Read the event signature key from PATH, or -; or set OC_ACUITY_SIGNATURE_KEY to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from create" -l tag -d 'Tag the instance (repeatable)' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds to wait for the browser to come back from Acuity' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from create" -l if-exists -d 'When an instance of this name exists: stop (fail), adopt it (reuse; no code needed), or authorize it again (reauth) [default: fail]' -r -f -a "fail\t'Stop, naming the instance; nothing is created'
reuse\t'Adopt it and bring its events and tags to what was asked'
reauth\t'Authorize it again with a new code, keeping its id and Webhook URL'"
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from create" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from create" -l base-url -d 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from create" -l user-secret-file -d 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from create" -l org-secret-file -d 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from create" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from create" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from create" -l no-store -d 'Do not store the id and token in the keyring; print the token instead'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from create" -l no-events -d 'Create the instance with events off'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from create" -l show-token -d 'Also print the instance token (it is a secret: mind your logs)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from create" -l no-browser -d 'Do not open a browser; print the authorization URL only'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from create" -l replace -d 'Point the profile at the new instance even when it holds another (whose token is then printed)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from create" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from create" -l sandbox -d 'Run against the built-in emulator instead of the real services'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from list" -l tag -d 'Only instances with this tag' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from list" -l name -d 'Only instances whose name contains this text (case-insensitive)' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from list" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from list" -l base-url -d 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from list" -l user-secret-file -d 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from list" -l org-secret-file -d 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from list" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from list" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the built-in emulator instead of the real services'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from show" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from show" -l base-url -d 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from show" -l user-secret-file -d 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from show" -l org-secret-file -d 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from show" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from show" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from show" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against the built-in emulator instead of the real services'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from reauth" -l code -d 'The new OAuth grant code; without it (and without --code-file) the browser login runs, when prompts are allowed' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from reauth" -l code-file -d 'Read the grant code from PATH, or - for stdin' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from reauth" -l client-id -d 'Acuity OAuth client ID (oauth.api.key) [env: OC_ACUITY_CLIENT_ID]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from reauth" -l client-secret-file -d 'Read the Acuity OAuth client secret from PATH, or -; or set OC_ACUITY_CLIENT_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from reauth" -l callback-url -d 'Redirect URI registered at Acuity (oauth.callback.url) [env: OC_ACUITY_CALLBACK_URL]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from reauth" -l event-callback-url -d 'Where the platform POSTs events (event.notification.callback.url) [env: OC_ACUITY_EVENT_CALLBACK_URL]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from reauth" -l signature-key-file -d 'Read the event signature key from PATH, or -; or set OC_ACUITY_SIGNATURE_KEY to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from reauth" -l tag -d 'Tag the instance (repeatable)' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from reauth" -l timeout -d 'Seconds to wait for the browser to come back from Acuity' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from reauth" -l if-exists -d 'When an instance of this name exists: stop (fail), adopt it (reuse; no code needed), or authorize it again (reauth) [default: fail]' -r -f -a "fail\t'Stop, naming the instance; nothing is created'
reuse\t'Adopt it and bring its events and tags to what was asked'
reauth\t'Authorize it again with a new code, keeping its id and Webhook URL'"
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from reauth" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from reauth" -l base-url -d 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from reauth" -l user-secret-file -d 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from reauth" -l org-secret-file -d 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from reauth" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from reauth" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from reauth" -l no-events -d 'Create the instance with events off'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from reauth" -l show-token -d 'Also print the instance token (it is a secret: mind your logs)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from reauth" -l no-browser -d 'Do not open a browser; print the authorization URL only'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from reauth" -l replace -d 'Point the profile at the new instance even when it holds another (whose token is then printed)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from reauth" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from reauth" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from reauth" -l sandbox -d 'Run against the built-in emulator instead of the real services'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from reauth" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from reauth" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from reauth" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from reauth" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from update" -l name -d 'A new name' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from update" -l tag -d 'The new tags, replacing the old ones (repeatable)' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from update" -l event-callback-url -d 'Where the platform POSTs events (turns events on)' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from update" -l signature-key-file -d 'Set the event signature key from PATH, or -' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from update" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from update" -l base-url -d 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from update" -l user-secret-file -d 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from update" -l org-secret-file -d 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from update" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from update" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from update" -l events -d 'Turn events on'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from update" -l no-events -d 'Turn events off'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from update" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from update" -l sandbox -d 'Run against the built-in emulator instead of the real services'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from update" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from delete" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from delete" -l base-url -d 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from delete" -l user-secret-file -d 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from delete" -l org-secret-file -d 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from delete" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from delete" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (required with --no-input)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from delete" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from delete" -l sandbox -d 'Run against the built-in emulator instead of the real services'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from token" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from token" -l base-url -d 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from token" -l user-secret-file -d 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from token" -l org-secret-file -d 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from token" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from token" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from token" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from token" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from token" -l sandbox -d 'Run against the built-in emulator instead of the real services'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from token" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from token" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from token" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from events" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from events" -l base-url -d 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from events" -l user-secret-file -d 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from events" -l org-secret-file -d 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from events" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from events" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from events" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from events" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from events" -l sandbox -d 'Run against the built-in emulator instead of the real services'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from events" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from events" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from events" -s h -l help -d 'Print help'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from events" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from events" -f -a "enable" -d 'Turn events on, delivered to --event-callback-url'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from events" -f -a "disable" -d 'Turn events off'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from events" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an Acuity Scheduling instance from an OAuth grant code (scriptable)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the account\'s Acuity instances'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one instance'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from help" -f -a "reauth" -d 'Authorize an instance again (the OAuth flow), keeping its id and Webhook URL'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change an instance\'s name, tags or event settings (sends only what changes)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an instance on the platform'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from help" -f -a "token" -d 'Print the stored instance token alone (for $(...))'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from help" -f -a "events" -d 'Turn an instance\'s events on or off'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand instance; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and not __fish_seen_subcommand_from url register list remove help" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and not __fish_seen_subcommand_from url register list remove help" -l base-url -d 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and not __fish_seen_subcommand_from url register list remove help" -l user-secret-file -d 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and not __fish_seen_subcommand_from url register list remove help" -l org-secret-file -d 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and not __fish_seen_subcommand_from url register list remove help" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and not __fish_seen_subcommand_from url register list remove help" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and not __fish_seen_subcommand_from url register list remove help" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and not __fish_seen_subcommand_from url register list remove help" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and not __fish_seen_subcommand_from url register list remove help" -l sandbox -d 'Run against the built-in emulator instead of the real services'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and not __fish_seen_subcommand_from url register list remove help" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and not __fish_seen_subcommand_from url register list remove help" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and not __fish_seen_subcommand_from url register list remove help" -s h -l help -d 'Print help'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and not __fish_seen_subcommand_from url register list remove help" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and not __fish_seen_subcommand_from url register list remove help" -f -a "url" -d 'Print the instance\'s Webhook URL alone (what Acuity must call)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and not __fish_seen_subcommand_from url register list remove help" -f -a "register" -d 'Register the Webhook URL at Acuity for each event (idempotent)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and not __fish_seen_subcommand_from url register list remove help" -f -a "list" -d 'List the webhooks registered at Acuity for this instance (or all)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and not __fish_seen_subcommand_from url register list remove help" -f -a "remove" -d 'Remove this instance\'s webhooks at Acuity'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and not __fish_seen_subcommand_from url register list remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from url" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from url" -l base-url -d 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from url" -l user-secret-file -d 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from url" -l org-secret-file -d 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from url" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from url" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from url" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from url" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from url" -l sandbox -d 'Run against the built-in emulator instead of the real services'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from url" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from url" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from url" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from url" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from register" -l url -d 'The instance\'s Webhook URL as the Open Connectors console shows it (saved to the profile) [default: derived from the instance id] [env: OC_ACUITY_WEBHOOK_URL]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from register" -l event -d 'An event to subscribe (repeatable) [default: appointment.scheduled, appointment.rescheduled, appointment.canceled, order.completed]' -r -f -a "appointment.scheduled\t''
appointment.rescheduled\t''
appointment.canceled\t''
appointment.changed\t''
order.completed\t''"
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from register" -l acuity-user-id -d 'Acuity\'s numeric user ID [env: OC_ACUITY_ACUITY_USER_ID]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from register" -l acuity-api-key-file -d 'Read the Acuity API key from PATH, or -; or set OC_ACUITY_ACUITY_API_KEY to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from register" -l acuity-base-url -d 'Acuity\'s API root [env: OC_ACUITY_ACUITY_BASE_URL] [default: https://acuityscheduling.com/api/v1]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from register" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from register" -l base-url -d 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from register" -l user-secret-file -d 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from register" -l org-secret-file -d 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from register" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from register" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from register" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from register" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from register" -l sandbox -d 'Run against the built-in emulator instead of the real services'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from register" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from register" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from register" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from register" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from list" -l acuity-user-id -d 'Acuity\'s numeric user ID [env: OC_ACUITY_ACUITY_USER_ID]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from list" -l acuity-api-key-file -d 'Read the Acuity API key from PATH, or -; or set OC_ACUITY_ACUITY_API_KEY to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from list" -l acuity-base-url -d 'Acuity\'s API root [env: OC_ACUITY_ACUITY_BASE_URL] [default: https://acuityscheduling.com/api/v1]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from list" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from list" -l base-url -d 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from list" -l user-secret-file -d 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from list" -l org-secret-file -d 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from list" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from list" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from list" -l all -d 'Every webhook of the Acuity account, not only this instance\'s, each marked current, stale (its instance no longer exists) or other'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the built-in emulator instead of the real services'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from remove" -l acuity-user-id -d 'Acuity\'s numeric user ID [env: OC_ACUITY_ACUITY_USER_ID]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from remove" -l acuity-api-key-file -d 'Read the Acuity API key from PATH, or -; or set OC_ACUITY_ACUITY_API_KEY to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from remove" -l acuity-base-url -d 'Acuity\'s API root [env: OC_ACUITY_ACUITY_BASE_URL] [default: https://acuityscheduling.com/api/v1]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from remove" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from remove" -l base-url -d 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from remove" -l user-secret-file -d 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from remove" -l org-secret-file -d 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from remove" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from remove" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from remove" -l stale -d 'Instead: every webhook pointing at an instance that no longer exists'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from remove" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from remove" -l sandbox -d 'Run against the built-in emulator instead of the real services'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "url" -d 'Print the instance\'s Webhook URL alone (what Acuity must call)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "register" -d 'Register the Webhook URL at Acuity for each event (idempotent)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the webhooks registered at Acuity for this instance (or all)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove this instance\'s webhooks at Acuity'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and not __fish_seen_subcommand_from listen log help" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and not __fish_seen_subcommand_from listen log help" -l base-url -d 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and not __fish_seen_subcommand_from listen log help" -l user-secret-file -d 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and not __fish_seen_subcommand_from listen log help" -l org-secret-file -d 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and not __fish_seen_subcommand_from listen log help" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and not __fish_seen_subcommand_from listen log help" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and not __fish_seen_subcommand_from listen log help" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and not __fish_seen_subcommand_from listen log help" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and not __fish_seen_subcommand_from listen log help" -l sandbox -d 'Run against the built-in emulator instead of the real services'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and not __fish_seen_subcommand_from listen log help" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and not __fish_seen_subcommand_from listen log help" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and not __fish_seen_subcommand_from listen log help" -s h -l help -d 'Print help'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and not __fish_seen_subcommand_from listen log help" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and not __fish_seen_subcommand_from listen log help" -f -a "listen" -d 'Receive event deliveries on 127.0.0.1 and print each event'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and not __fish_seen_subcommand_from listen log help" -f -a "log" -d 'Show the events the platform received from Acuity for the instance, newest first'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and not __fish_seen_subcommand_from listen log help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and __fish_seen_subcommand_from listen" -l port -d 'Port on 127.0.0.1 (0 picks a free one)' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and __fish_seen_subcommand_from listen" -l signature-key-file -d 'Verify Elements-Webhook-Signature with the key in PATH, or -; or set OC_ACUITY_SIGNATURE_KEY to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and __fish_seen_subcommand_from listen" -l forward-to -d 'Also forward each delivery, unchanged, to this URL (`3000` is `http://localhost:3000/`, `localhost:3000/hook` is `http://localhost:3000/hook`); a line `<-- [STATUS] POST URL` says how each forward went. A delivery is acknowledged (200) only when the target answered 2xx; otherwise the platform is answered 502 and delivers it again later. That costs: the platform retries a delivery 9 times over about 73 hours, then deactivates the subscription, so keep the target up' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and __fish_seen_subcommand_from listen" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and __fish_seen_subcommand_from listen" -l base-url -d 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and __fish_seen_subcommand_from listen" -l user-secret-file -d 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and __fish_seen_subcommand_from listen" -l org-secret-file -d 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and __fish_seen_subcommand_from listen" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and __fish_seen_subcommand_from listen" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and __fish_seen_subcommand_from listen" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and __fish_seen_subcommand_from listen" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and __fish_seen_subcommand_from listen" -l sandbox -d 'Run against the built-in emulator instead of the real services'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and __fish_seen_subcommand_from listen" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and __fish_seen_subcommand_from listen" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and __fish_seen_subcommand_from listen" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and __fish_seen_subcommand_from listen" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and __fish_seen_subcommand_from log" -l limit -d 'Show at most N events, the newest' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and __fish_seen_subcommand_from log" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and __fish_seen_subcommand_from log" -l base-url -d 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and __fish_seen_subcommand_from log" -l user-secret-file -d 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and __fish_seen_subcommand_from log" -l org-secret-file -d 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and __fish_seen_subcommand_from log" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and __fish_seen_subcommand_from log" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and __fish_seen_subcommand_from log" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and __fish_seen_subcommand_from log" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and __fish_seen_subcommand_from log" -l sandbox -d 'Run against the built-in emulator instead of the real services'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and __fish_seen_subcommand_from log" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and __fish_seen_subcommand_from log" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and __fish_seen_subcommand_from log" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and __fish_seen_subcommand_from help" -f -a "listen" -d 'Receive event deliveries on 127.0.0.1 and print each event'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and __fish_seen_subcommand_from help" -f -a "log" -d 'Show the events the platform received from Acuity for the instance, newest first'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand events; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand doctor" -l signature-key-file -d 'Sign the sample event with the key in PATH, or -; or set OC_ACUITY_SIGNATURE_KEY to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand doctor" -l acuity-user-id -d 'Acuity\'s numeric user ID [env: OC_ACUITY_ACUITY_USER_ID]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand doctor" -l acuity-api-key-file -d 'Read the Acuity API key from PATH, or -; or set OC_ACUITY_ACUITY_API_KEY to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand doctor" -l acuity-base-url -d 'Acuity\'s API root [env: OC_ACUITY_ACUITY_BASE_URL] [default: https://acuityscheduling.com/api/v1]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand doctor" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand doctor" -l base-url -d 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand doctor" -l user-secret-file -d 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand doctor" -l org-secret-file -d 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand doctor" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand doctor" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand doctor" -l send-test -d 'Also POST a signed sample event to the event callback URL and report its answer'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand doctor" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand doctor" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand doctor" -l sandbox -d 'Run against the built-in emulator instead of the real services'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand doctor" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand doctor" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand api" -s X -l method -d 'GET, POST, PUT, PATCH or DELETE [default: GET, or POST when a body is given]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand api" -s f -l field -d 'A body field KEY=VALUE (numbers, true, false and null as JSON, anything else a string); with GET, a query parameter (repeatable)' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand api" -l input -d 'The request body, as it is: a JSON file, or - for stdin' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand api" -l instance -d 'Call as an instance: its token is added (`Element TOKEN`) [default ID: the profile\'s stored instance]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand api" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand api" -l base-url -d 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand api" -l user-secret-file -d 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand api" -l org-secret-file -d 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand api" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand api" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand api" -l paginate -d 'Follow every page (`elements-next-page-token`) and print one JSON array (GET only)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand api" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand api" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand api" -l sandbox -d 'Run against the built-in emulator instead of the real services'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand api" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand api" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand api" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand api" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and not __fish_seen_subcommand_from stop book reset help" -l port -d 'Port on 127.0.0.1 (0 picks a free one)' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and not __fish_seen_subcommand_from stop book reset help" -l user-secret-file -d 'Refused here: the sandbox takes any secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and not __fish_seen_subcommand_from stop book reset help" -l org-secret-file -d 'Refused here: the sandbox takes any secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and not __fish_seen_subcommand_from stop book reset help" -l base-url -d 'Refused here: the sandbox has its own API root' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and not __fish_seen_subcommand_from stop book reset help" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and not __fish_seen_subcommand_from stop book reset help" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and not __fish_seen_subcommand_from stop book reset help" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and not __fish_seen_subcommand_from stop book reset help" -s d -l background -d 'Serve in the background and return (stop it with `oc-acuity sandbox stop`)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and not __fish_seen_subcommand_from stop book reset help" -l sandbox -d 'Refused here: `oc-acuity sandbox` is the sandbox'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and not __fish_seen_subcommand_from stop book reset help" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and not __fish_seen_subcommand_from stop book reset help" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and not __fish_seen_subcommand_from stop book reset help" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and not __fish_seen_subcommand_from stop book reset help" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and not __fish_seen_subcommand_from stop book reset help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and not __fish_seen_subcommand_from stop book reset help" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and not __fish_seen_subcommand_from stop book reset help" -f -a "stop" -d 'Stop the sandbox serving in the background'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and not __fish_seen_subcommand_from stop book reset help" -f -a "book" -d 'Something happens at the sandbox\'s Acuity: Acuity\'s webhooks fire'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and not __fish_seen_subcommand_from stop book reset help" -f -a "reset" -d 'Forget every sandbox instance and webhook (the state file)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and not __fish_seen_subcommand_from stop book reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and __fish_seen_subcommand_from stop" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and __fish_seen_subcommand_from stop" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and __fish_seen_subcommand_from stop" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and __fish_seen_subcommand_from stop" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and __fish_seen_subcommand_from stop" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and __fish_seen_subcommand_from stop" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and __fish_seen_subcommand_from stop" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and __fish_seen_subcommand_from stop" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and __fish_seen_subcommand_from book" -l action -d 'What happens' -r -f -a "scheduled\t''
rescheduled\t''
canceled\t''
changed\t''
order.completed\t''"
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and __fish_seen_subcommand_from book" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and __fish_seen_subcommand_from book" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and __fish_seen_subcommand_from book" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and __fish_seen_subcommand_from book" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and __fish_seen_subcommand_from book" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and __fish_seen_subcommand_from book" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and __fish_seen_subcommand_from book" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and __fish_seen_subcommand_from book" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and __fish_seen_subcommand_from book" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s y -l yes -d 'Do not ask for confirmation (required with --no-input)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop the sandbox serving in the background'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "book" -d 'Something happens at the sandbox\'s Acuity: Acuity\'s webhooks fire'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Forget every sandbox instance and webhook (the state file)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and not __fish_seen_subcommand_from list get set unset profiles path help" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and not __fish_seen_subcommand_from list get set unset profiles path help" -l base-url -d 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and not __fish_seen_subcommand_from list get set unset profiles path help" -l user-secret-file -d 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and not __fish_seen_subcommand_from list get set unset profiles path help" -l org-secret-file -d 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and not __fish_seen_subcommand_from list get set unset profiles path help" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and not __fish_seen_subcommand_from list get set unset profiles path help" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and not __fish_seen_subcommand_from list get set unset profiles path help" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and not __fish_seen_subcommand_from list get set unset profiles path help" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and not __fish_seen_subcommand_from list get set unset profiles path help" -l sandbox -d 'Run against the built-in emulator instead of the real services'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and not __fish_seen_subcommand_from list get set unset profiles path help" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and not __fish_seen_subcommand_from list get set unset profiles path help" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and not __fish_seen_subcommand_from list get set unset profiles path help" -s h -l help -d 'Print help'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and not __fish_seen_subcommand_from list get set unset profiles path help" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and not __fish_seen_subcommand_from list get set unset profiles path help" -f -a "list" -d 'Every setting of the profile'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and not __fish_seen_subcommand_from list get set unset profiles path help" -f -a "get" -d 'One setting\'s value alone'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and not __fish_seen_subcommand_from list get set unset profiles path help" -f -a "set" -d 'Change a setting (validated like the flag)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and not __fish_seen_subcommand_from list get set unset profiles path help" -f -a "unset" -d 'Remove a setting'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and not __fish_seen_subcommand_from list get set unset profiles path help" -f -a "profiles" -d 'The profiles in the config file'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and not __fish_seen_subcommand_from list get set unset profiles path help" -f -a "path" -d 'The config file\'s path'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and not __fish_seen_subcommand_from list get set unset profiles path help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from list" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from list" -l base-url -d 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from list" -l user-secret-file -d 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from list" -l org-secret-file -d 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from list" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from list" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the built-in emulator instead of the real services'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from get" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from get" -l base-url -d 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from get" -l user-secret-file -d 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from get" -l org-secret-file -d 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from get" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from get" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from get" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from get" -l sandbox -d 'Run against the built-in emulator instead of the real services'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from set" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from set" -l base-url -d 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from set" -l user-secret-file -d 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from set" -l org-secret-file -d 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from set" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from set" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from set" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from set" -l sandbox -d 'Run against the built-in emulator instead of the real services'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from unset" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from unset" -l base-url -d 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from unset" -l user-secret-file -d 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from unset" -l org-secret-file -d 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from unset" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from unset" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from unset" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from unset" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from unset" -l sandbox -d 'Run against the built-in emulator instead of the real services'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from unset" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from profiles" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from profiles" -l base-url -d 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from profiles" -l user-secret-file -d 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from profiles" -l org-secret-file -d 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from profiles" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from profiles" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from profiles" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from profiles" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from profiles" -l sandbox -d 'Run against the built-in emulator instead of the real services'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from profiles" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from profiles" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from profiles" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from profiles" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from path" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from path" -l base-url -d 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from path" -l user-secret-file -d 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from path" -l org-secret-file -d 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from path" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from path" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from path" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from path" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from path" -l sandbox -d 'Run against the built-in emulator instead of the real services'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from path" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every setting of the profile'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get" -d 'One setting\'s value alone'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a setting (validated like the flag)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove a setting'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "profiles" -d 'The profiles in the config file'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'The config file\'s path'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand completions" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand completions" -l base-url -d 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand completions" -l user-secret-file -d 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand completions" -l org-secret-file -d 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand completions" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand completions" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand completions" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand completions" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand completions" -l sandbox -d 'Run against the built-in emulator instead of the real services'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand completions" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand completions" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand completions" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand man" -l out-dir -d 'Write oc-acuity.1 and one page per subcommand into DIR (default: print oc-acuity.1 on stdout)' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand man" -s p -l profile -d 'Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand man" -l base-url -d 'Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand man" -l user-secret-file -d 'Read the User secret from PATH, or - for stdin; or set OC_ACUITY_USER_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand man" -l org-secret-file -d 'Read the Organization secret from PATH, or - for stdin; or set OC_ACUITY_ORG_SECRET to the secret' -r -F
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand man" -l request-timeout -d 'Time limit of each HTTP request, in seconds' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand man" -l retries -d 'Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost' -r
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand man" -l json -d 'Print one JSON document on stdout and nothing else there'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand man" -l no-input -d 'Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand man" -l sandbox -d 'Run against the built-in emulator instead of the real services'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand man" -s v -l verbose -d 'More detail on stderr (requests, timings, sources); repeat for more'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand man" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand man" -s V -l version -d 'Print version'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and not __fish_seen_subcommand_from auth instance webhook events doctor api sandbox config completions man help" -f -a "auth" -d 'Log in: walk the OAuth flow in the browser, create the instance, keep its token'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and not __fish_seen_subcommand_from auth instance webhook events doctor api sandbox config completions man help" -f -a "instance" -d 'Create and manage connector instances'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and not __fish_seen_subcommand_from auth instance webhook events doctor api sandbox config completions man help" -f -a "webhook" -d 'The Webhook URL, and its registration at Acuity'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and not __fish_seen_subcommand_from auth instance webhook events doctor api sandbox config completions man help" -f -a "events" -d 'Watch event deliveries arrive locally'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and not __fish_seen_subcommand_from auth instance webhook events doctor api sandbox config completions man help" -f -a "doctor" -d 'Check the whole event path, step by step, with the fix for each failing step'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and not __fish_seen_subcommand_from auth instance webhook events doctor api sandbox config completions man help" -f -a "api" -d 'Call any platform API path with the profile\'s credentials; JSON out'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and not __fish_seen_subcommand_from auth instance webhook events doctor api sandbox config completions man help" -f -a "sandbox" -d 'Serve the built-in emulator of the platform and Acuity on 127.0.0.1'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and not __fish_seen_subcommand_from auth instance webhook events doctor api sandbox config completions man help" -f -a "config" -d 'Show and change the profile\'s saved settings (no secrets)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and not __fish_seen_subcommand_from auth instance webhook events doctor api sandbox config completions man help" -f -a "completions" -d 'Print the shell completion script'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and not __fish_seen_subcommand_from auth instance webhook events doctor api sandbox config completions man help" -f -a "man" -d 'Print or write the man pages'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and not __fish_seen_subcommand_from auth instance webhook events doctor api sandbox config completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Where each credential comes from, and whether the stored instance works'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "logout" -d 'Remove the profile\'s keyring entries and saved settings'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and __fish_seen_subcommand_from instance" -f -a "create" -d 'Create an Acuity Scheduling instance from an OAuth grant code (scriptable)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and __fish_seen_subcommand_from instance" -f -a "list" -d 'List the account\'s Acuity instances'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and __fish_seen_subcommand_from instance" -f -a "show" -d 'Show one instance'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and __fish_seen_subcommand_from instance" -f -a "reauth" -d 'Authorize an instance again (the OAuth flow), keeping its id and Webhook URL'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and __fish_seen_subcommand_from instance" -f -a "update" -d 'Change an instance\'s name, tags or event settings (sends only what changes)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and __fish_seen_subcommand_from instance" -f -a "delete" -d 'Delete an instance on the platform'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and __fish_seen_subcommand_from instance" -f -a "token" -d 'Print the stored instance token alone (for $(...))'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and __fish_seen_subcommand_from instance" -f -a "events" -d 'Turn an instance\'s events on or off'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "url" -d 'Print the instance\'s Webhook URL alone (what Acuity must call)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "register" -d 'Register the Webhook URL at Acuity for each event (idempotent)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "list" -d 'List the webhooks registered at Acuity for this instance (or all)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "remove" -d 'Remove this instance\'s webhooks at Acuity'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and __fish_seen_subcommand_from events" -f -a "listen" -d 'Receive event deliveries on 127.0.0.1 and print each event'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and __fish_seen_subcommand_from events" -f -a "log" -d 'Show the events the platform received from Acuity for the instance, newest first'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "stop" -d 'Stop the sandbox serving in the background'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "book" -d 'Something happens at the sandbox\'s Acuity: Acuity\'s webhooks fire'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "reset" -d 'Forget every sandbox instance and webhook (the state file)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'Every setting of the profile'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'One setting\'s value alone'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Change a setting (validated like the flag)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Remove a setting'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "profiles" -d 'The profiles in the config file'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'The config file\'s path'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from get; and not __fish_seen_subcommand_from base-url client-id callback-url event-callback-url acuity-user-id webhook-url" -f -a "base-url" -d 'The platform API root (--base-url)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from get; and not __fish_seen_subcommand_from base-url client-id callback-url event-callback-url acuity-user-id webhook-url" -f -a "client-id" -d 'The Acuity OAuth client ID (--client-id)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from get; and not __fish_seen_subcommand_from base-url client-id callback-url event-callback-url acuity-user-id webhook-url" -f -a "callback-url" -d 'The redirect URI registered at Acuity (--callback-url)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from get; and not __fish_seen_subcommand_from base-url client-id callback-url event-callback-url acuity-user-id webhook-url" -f -a "event-callback-url" -d 'Where the platform POSTs events (--event-callback-url)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from get; and not __fish_seen_subcommand_from base-url client-id callback-url event-callback-url acuity-user-id webhook-url" -f -a "acuity-user-id" -d 'Acuity\'s numeric user ID (--acuity-user-id)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from get; and not __fish_seen_subcommand_from base-url client-id callback-url event-callback-url acuity-user-id webhook-url" -f -a "webhook-url" -d 'The stored instance\'s Webhook URL as the console shows it (webhook register --url)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from set; and not __fish_seen_subcommand_from base-url client-id callback-url event-callback-url acuity-user-id webhook-url" -f -a "base-url" -d 'The platform API root (--base-url)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from set; and not __fish_seen_subcommand_from base-url client-id callback-url event-callback-url acuity-user-id webhook-url" -f -a "client-id" -d 'The Acuity OAuth client ID (--client-id)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from set; and not __fish_seen_subcommand_from base-url client-id callback-url event-callback-url acuity-user-id webhook-url" -f -a "callback-url" -d 'The redirect URI registered at Acuity (--callback-url)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from set; and not __fish_seen_subcommand_from base-url client-id callback-url event-callback-url acuity-user-id webhook-url" -f -a "event-callback-url" -d 'Where the platform POSTs events (--event-callback-url)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from set; and not __fish_seen_subcommand_from base-url client-id callback-url event-callback-url acuity-user-id webhook-url" -f -a "acuity-user-id" -d 'Acuity\'s numeric user ID (--acuity-user-id)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from set; and not __fish_seen_subcommand_from base-url client-id callback-url event-callback-url acuity-user-id webhook-url" -f -a "webhook-url" -d 'The stored instance\'s Webhook URL as the console shows it (webhook register --url)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from unset; and not __fish_seen_subcommand_from base-url client-id callback-url event-callback-url acuity-user-id webhook-url" -f -a "base-url" -d 'The platform API root (--base-url)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from unset; and not __fish_seen_subcommand_from base-url client-id callback-url event-callback-url acuity-user-id webhook-url" -f -a "client-id" -d 'The Acuity OAuth client ID (--client-id)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from unset; and not __fish_seen_subcommand_from base-url client-id callback-url event-callback-url acuity-user-id webhook-url" -f -a "callback-url" -d 'The redirect URI registered at Acuity (--callback-url)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from unset; and not __fish_seen_subcommand_from base-url client-id callback-url event-callback-url acuity-user-id webhook-url" -f -a "event-callback-url" -d 'Where the platform POSTs events (--event-callback-url)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from unset; and not __fish_seen_subcommand_from base-url client-id callback-url event-callback-url acuity-user-id webhook-url" -f -a "acuity-user-id" -d 'Acuity\'s numeric user ID (--acuity-user-id)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand config; and __fish_seen_subcommand_from unset; and not __fish_seen_subcommand_from base-url client-id callback-url event-callback-url acuity-user-id webhook-url" -f -a "webhook-url" -d 'The stored instance\'s Webhook URL as the console shows it (webhook register --url)'
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand completions; and not __fish_seen_subcommand_from bash elvish fish powershell zsh" -f -a "bash"
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand completions; and not __fish_seen_subcommand_from bash elvish fish powershell zsh" -f -a "elvish"
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand completions; and not __fish_seen_subcommand_from bash elvish fish powershell zsh" -f -a "fish"
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand completions; and not __fish_seen_subcommand_from bash elvish fish powershell zsh" -f -a "powershell"
complete -c oc-acuity -n "__fish_oc_acuity_using_subcommand completions; and not __fish_seen_subcommand_from bash elvish fish powershell zsh" -f -a "zsh"
