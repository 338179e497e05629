function __coursec_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __coursec_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __coursec_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __coursec_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __coursec_parse_tokens -S
    set -l unparsed_tokens (__coursec_tokens -pc)
    switch $unparsed_tokens[1]
    case 'coursec'
        __coursec_parse_subcommand 0 'lang=' 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'check'
            __coursec_parse_subcommand -r 1 'format=' 'strict' 'lang=' 'version' 'h/help'
        case 'build'
            __coursec_parse_subcommand 1 'lang=' 'out=' 'target=+' 'course=+' 'phase=' 'scorm-granularity=' 'strict' 'format=' 'version' 'h/help'
        case 'coverage'
            __coursec_parse_subcommand 1 'course=' 'format=' 'lang=' 'version' 'h/help'
        case 'rules'
            __coursec_parse_subcommand 0 'format=' 'lang=' 'version' 'h/help'
        case 'explain'
            __coursec_parse_subcommand 1 'lang=' 'version' 'h/help'
        case 'keygen'
            __coursec_parse_subcommand 0 'out=' 'no-password' 'force' 'lang=' 'version' 'h/help'
        case 'release'
            __coursec_parse_subcommand 1 'phase=' 'out=' 'sign-key=' 'previous=' 'previous-key=' 'strict' 'format=' 'lang=' 'version' 'h/help'
        case 'verify'
            __coursec_parse_subcommand -r 1 'pubkey=' 'format=' 'previous=' 'min-release=' 'inspect-archives' 'lang=' 'version' 'h/help'
        case 'diff'
            __coursec_parse_subcommand 2 'phase=' 'format=' 'lang=' 'version' 'h/help'
        case 'results'
            __coursec_parse_subcommand -r 1 'phase=' 'course=' 'format=' 'by=+' 'show-learners' 'min-group=' 'strict' 'lang=' 'version' 'h/help'
        case 'init'
            __coursec_parse_subcommand 1 'lang=' 'version' 'h/help'
        case 'new'
            __coursec_parse_subcommand 2 'title=' 'unit=' 'lang=' 'version' 'h/help'
        case 'schema'
            __coursec_parse_subcommand 1 'out=' 'lang=' 'version' 'h/help'
        case 'import'
            __coursec_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'mct-questions'
                __coursec_parse_subcommand 1 'out=' 'type=' 'id=' 'title=' 'format=' 'lang=' 'version' 'h/help'
            end
        case 'serve'
            __coursec_parse_subcommand 1 'port=' 'host=' 'phase=' 'lang=' 'version' 'h/help'
        case 'help'
            __coursec_parse_subcommand -r 1 'version'
        end
    end
end

function __coursec_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __coursec_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __coursec_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __coursec_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__coursec_tokens -p)
    if test -z "$(__coursec_tokens -t)"
        set -l index (count (__coursec_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'coursec' -f
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec" lang' -l 'lang' -d 'The language of messages and reports: es or en (default: COURSEC_LANG, the locale, the repository\'s language, then es).' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec" version' -l 'version' -d 'Show the version.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_positional "coursec" -eq 1' -fa 'check' -d 'Check a course repository and report every problem at file:line:col.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_positional "coursec" -eq 1' -fa 'build' -d 'Check, then build the platform packages of a course repository.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_positional "coursec" -eq 1' -fa 'coverage' -d 'Report how each course\'s targets are taught, practised and assessed.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_positional "coursec" -eq 1' -fa 'rules' -d 'List every rule coursec checks.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_positional "coursec" -eq 1' -fa 'explain' -d 'Explain a diagnostic: what it means and how to fix it.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_positional "coursec" -eq 1' -fa 'keygen' -d 'Create a minisign key pair for signing releases.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_positional "coursec" -eq 1' -fa 'release' -d 'Build, sign and describe the release of one phase.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_positional "coursec" -eq 1' -fa 'verify' -d 'Verify a release folder or signed artifacts against a public key.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_positional "coursec" -eq 1' -fa 'diff' -d 'Show what changed between two releases or two source trees, as in CHANGES.md.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_positional "coursec" -eq 1' -fa 'results' -d 'Analyse learners\' responses: item statistics, pre/post gains, flags on the items.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_positional "coursec" -eq 1' -fa 'init' -d 'Create a new course repository (coursec.yaml, a framework, a course with a lesson, a quiz and an assessment).'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_positional "coursec" -eq 1' -fa 'new' -d 'Create a lesson, quiz or assessment with a fresh id and add it to its course\'s outline.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_positional "coursec" -eq 1' -fa 'schema' -d 'Print or write the JSON Schemas of coursec.yaml, course.yaml, front matter and frameworks.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_positional "coursec" -eq 1' -fa 'import' -d 'Bring content from the platform into a repository.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_positional "coursec" -eq 1' -fa 'serve' -d 'Preview the offline course in a browser, updated each time a file is saved.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_positional "coursec" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec check" format' -l 'format' -d 'Output format: text, json, sarif or github.' -rfka 'text json sarif github'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec check" strict' -l 'strict' -d 'Treat warnings as errors.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec check" lang' -l 'lang' -d 'The language of messages and reports: es or en (default: COURSEC_LANG, the locale, the repository\'s language, then es).' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec check" version' -l 'version' -d 'Show the version.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec check" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec build" lang' -l 'lang' -d 'The language of messages and reports: es or en (default: COURSEC_LANG, the locale, the repository\'s language, then es).' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec build" out' -l 'out' -d 'Output folder.' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec build"' -l 'target' -d 'Targets to build, comma-separated (default: all).' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec build"' -l 'course' -d 'Courses to build by id (default: all).' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec build" phase' -l 'phase' -d 'Phase to build (default: the latest).' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec build" scorm-granularity' -l 'scorm-granularity' -d 'SCORM packages per course or per lesson.' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec build" strict' -l 'strict' -d 'Treat warnings as errors.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec build" format' -l 'format' -d 'Output format: text, json, sarif or github.' -rfka 'text json sarif github'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec build" version' -l 'version' -d 'Show the version.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec build" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec coverage" course' -l 'course' -d 'Only this course (its id).' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec coverage" format' -l 'format' -d 'Output format: text, csv, json or html.' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec coverage" lang' -l 'lang' -d 'The language of messages and reports: es or en (default: COURSEC_LANG, the locale, the repository\'s language, then es).' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec coverage" version' -l 'version' -d 'Show the version.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec coverage" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec rules" format' -l 'format' -d 'Output format: text, json or markdown (docs/rules.md, docs/reglas.md).' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec rules" lang' -l 'lang' -d 'The language of messages and reports: es or en (default: COURSEC_LANG, the locale, the repository\'s language, then es).' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec rules" version' -l 'version' -d 'Show the version.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec rules" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec explain" lang' -l 'lang' -d 'The language of messages and reports: es or en (default: COURSEC_LANG, the locale, the repository\'s language, then es).' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec explain" version' -l 'version' -d 'Show the version.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec explain" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec keygen" out' -l 'out' -d 'Path prefix of the key files (writes PREFIX.key and PREFIX.pub).' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec keygen" no-password' -l 'no-password' -d 'Do not encrypt the secret key (for CI keys kept in a secret store).'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec keygen" force' -l 'force' -d 'Replace existing key files.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec keygen" lang' -l 'lang' -d 'The language of messages and reports: es or en (default: COURSEC_LANG, the locale, the repository\'s language, then es).' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec keygen" version' -l 'version' -d 'Show the version.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec keygen" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec release" phase' -l 'phase' -d 'The phase to release (an id from coursec.yaml).' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec release" out' -l 'out' -d 'A new or empty folder for the release.' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec release" sign-key' -l 'sign-key' -d 'The minisign secret key (password from COURSEC_KEY_PASSWORD or a prompt).' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec release" previous' -l 'previous' -d 'The previous release folder, for version rules and CHANGES.md.' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec release" previous-key' -l 'previous-key' -d 'The public key (.pub) the previous release was signed with, when it is not this key\'s.' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec release" strict' -l 'strict' -d 'Treat warnings in the sources as errors.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec release" format' -l 'format' -d 'Output format: text, json, sarif or github.' -rfka 'text json sarif github'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec release" lang' -l 'lang' -d 'The language of messages and reports: es or en (default: COURSEC_LANG, the locale, the repository\'s language, then es).' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec release" version' -l 'version' -d 'Show the version.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec release" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec verify" pubkey' -l 'pubkey' -d 'The minisign public key (.pub) of the signer.' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec verify" format' -l 'format' -d 'Output format: text or json.' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec verify" previous' -l 'previous' -d 'A release folder known to be genuine: anything verified must be newer than it.' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec verify" min-release' -l 'min-release' -d 'The lowest acceptable release number.' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec verify" inspect-archives' -l 'inspect-archives' -d 'Also open each ZIP and reject unsafe entries (absolute paths, .., links, oversized).'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec verify" lang' -l 'lang' -d 'The language of messages and reports: es or en (default: COURSEC_LANG, the locale, the repository\'s language, then es).' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec verify" version' -l 'version' -d 'Show the version.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec verify" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec diff" phase' -l 'phase' -d 'For source trees: the phase to compare (default: the latest).' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec diff" format' -l 'format' -d 'Output format: markdown or json.' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec diff" lang' -l 'lang' -d 'The language of messages and reports: es or en (default: COURSEC_LANG, the locale, the repository\'s language, then es).' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec diff" version' -l 'version' -d 'Show the version.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec diff" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec results" phase' -l 'phase' -d 'For sources: the phase whose version learners took (default: the latest).' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec results" course' -l 'course' -d 'The course (its id); needed when there are several.' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec results" format' -l 'format' -d 'Output format: text, json, csv, html, sarif or github.' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec results"' -l 'by' -d 'A grouping column of the responses to break gains down by (repeat it for several).' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec results" show-learners' -l 'show-learners' -d 'Write learners\' codes and scores into the report (keep such reports private).'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec results" min-group' -l 'min-group' -d 'Groups with fewer matched learners are not shown.' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec results" strict' -l 'strict' -d 'Treat warnings as errors.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec results" lang' -l 'lang' -d 'The language of messages and reports: es or en (default: COURSEC_LANG, the locale, the repository\'s language, then es).' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec results" version' -l 'version' -d 'Show the version.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec results" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec init" lang' -l 'lang' -d 'The language of messages and reports: es or en (default: COURSEC_LANG, the locale, the repository\'s language, then es).' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec init" version' -l 'version' -d 'Show the version.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec init" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_positional "coursec new" -eq 1' -fka 'lesson quiz assessment'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec new" title' -l 'title' -d 'The title (default: from the file name).' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec new" unit' -l 'unit' -d 'The unit to add it to, by id or title (default: the last unit).' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec new" lang' -l 'lang' -d 'The language of messages and reports: es or en (default: COURSEC_LANG, the locale, the repository\'s language, then es).' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec new" version' -l 'version' -d 'Show the version.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec new" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec schema" out' -l 'out' -d 'Write every schema into this folder instead.' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec schema" lang' -l 'lang' -d 'The language of messages and reports: es or en (default: COURSEC_LANG, the locale, the repository\'s language, then es).' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec schema" version' -l 'version' -d 'Show the version.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec schema" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec import" version' -l 'version' -d 'Show the version.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec import" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_positional "coursec import" -eq 1' -fa 'mct-questions' -d 'Turn the platform\'s question CSV into a quiz or assessment in Markdown.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec import mct-questions" out' -l 'out' -d 'The Markdown file to write (it must not exist).' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec import mct-questions" type' -l 'type' -d 'Write a practice quiz or the assessment.' -rfka 'quiz assessment'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec import mct-questions" id' -l 'id' -d 'The quiz\'s id (default: from the file name).' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec import mct-questions" title' -l 'title' -d 'The quiz\'s title (default: from the file name).' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec import mct-questions" format' -l 'format' -d 'Output format: text, json, sarif or github.' -rfka 'text json sarif github'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec import mct-questions" lang' -l 'lang' -d 'The language of messages and reports: es or en (default: COURSEC_LANG, the locale, the repository\'s language, then es).' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec import mct-questions" version' -l 'version' -d 'Show the version.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec import mct-questions" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec serve" port' -l 'port' -d 'Port to listen on (0: any free port).' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec serve" host' -l 'host' -d 'Address to listen on. Anything but 127.0.0.1, localhost or ::1 exposes the preview to the network.' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec serve" phase' -l 'phase' -d 'Phase to show (default: the latest), as in coursec build.' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec serve" lang' -l 'lang' -d 'The language of messages and reports: es or en (default: COURSEC_LANG, the locale, the repository\'s language, then es).' -rfka ''
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec serve" version' -l 'version' -d 'Show the version.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec serve" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'coursec' -n '__coursec_should_offer_completions_for_flags_or_options "coursec help" version' -l 'version' -d 'Show the version.'
