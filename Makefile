# coursec — the two commands are `make run` and `make test`; both set up first.
PREFIX ?= /usr/local
SWIFT ?= swift
COURSES ?= Courses
OUT ?= dist

.PHONY: all setup build release run test test-asan test-tsan fuzz fuzz-smoke bench install clean docs

all: build

setup:
	@./scripts/setup.sh

build: setup
	$(SWIFT) build

# The Swift runtime and Foundation are linked in: the installed binary runs on
# a machine without the Swift toolchain, and starts in half the time.
release: setup
	$(SWIFT) build -c release --static-swift-stdlib --product coursec

# The main job: check the example courses, then build every package into dist/.
run: release
	./.build/release/coursec check $(COURSES)
	./.build/release/coursec build $(COURSES) --out $(OUT)

test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# The whole suite under AddressSanitizer / ThreadSanitizer, each in its own
# scratch folder (.build-asan, .build-tsan); see docs/fuzzing.md.
test-asan: setup
	./scripts/test-sanitized.sh address

test-tsan: setup
	./scripts/test-sanitized.sh thread

# libFuzzer targets (Fuzz/), built into .build-fuzz, each run FUZZ_SECONDS;
# FUZZ_TARGET=tex (or "tex,quiz") runs some. Findings go to .fuzz/findings/.
FUZZ_SECONDS ?= 60
FUZZ_TARGET ?= all
fuzz: setup
	FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_TARGET=$(FUZZ_TARGET) ./scripts/fuzz.sh

# What CI runs after `make test`: every target for 20 s, fixed seed.
fuzz-smoke: setup
	FUZZ_SECONDS=20 FUZZ_TARGET=all FUZZ_SEED=1 ./scripts/fuzz.sh

bench: setup
	COURSEC_SETUP_BENCH=1 ./scripts/setup.sh
	./scripts/bench.sh

install: release
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 0755 .build/release/coursec $(DESTDIR)$(PREFIX)/bin/coursec
	install -d $(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(PREFIX)/share/bash-completion/completions \
		$(DESTDIR)$(PREFIX)/share/zsh/site-functions $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 0644 docs/coursec.1 $(DESTDIR)$(PREFIX)/share/man/man1/coursec.1
	install -d $(DESTDIR)$(PREFIX)/share/man/es/man1
	install -m 0644 docs/coursec.es.1 $(DESTDIR)$(PREFIX)/share/man/es/man1/coursec.1
	install -m 0644 docs/completions/coursec.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/coursec
	install -m 0644 docs/completions/_coursec $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_coursec
	install -m 0644 docs/completions/coursec.fish $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/coursec.fish

# What is generated from the binary and committed: the JSON Schemas (from the
# loaders' field tables), the shell completions and the man pages (from the
# command tree), and the rules' pages (from the rule registry): English, and
# Spanish where there is a Spanish copy. Tests fail when a committed copy is
# out of date.
docs: build
	./.build/debug/coursec schema --out schemas
	mkdir -p docs/completions
	COURSEC_LANG=en ./.build/debug/coursec --generate-completion-script bash > docs/completions/coursec.bash
	COURSEC_LANG=en ./.build/debug/coursec --generate-completion-script zsh > docs/completions/_coursec
	COURSEC_LANG=en ./.build/debug/coursec --generate-completion-script fish > docs/completions/coursec.fish
	COURSEC_LANG=en ./.build/debug/coursec --experimental-dump-help | python3 scripts/man-page.py > docs/coursec.1
	COURSEC_LANG=es ./.build/debug/coursec --experimental-dump-help | python3 scripts/man-page.py --lang es > docs/coursec.es.1
	./.build/debug/coursec rules --format markdown --lang en > docs/rules.md
	./.build/debug/coursec rules --format markdown --lang es > docs/reglas.md

clean:
	rm -rf .build .build-fuzz .build-asan .build-tsan .fuzz dist bench/out
