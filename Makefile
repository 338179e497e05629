# coursec — the two commands are `make run` and `make test`; both set up first.
PREFIX ?= /usr/local
SWIFT ?= swift
COURSES ?= Courses
OUT ?= dist

.PHONY: all setup build release run test bench install clean

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

bench: setup
	COURSEC_SETUP_BENCH=1 ./scripts/setup.sh
	./scripts/bench.sh

install: release
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 0755 .build/release/coursec $(DESTDIR)$(PREFIX)/bin/coursec

clean:
	rm -rf .build dist bench/out
