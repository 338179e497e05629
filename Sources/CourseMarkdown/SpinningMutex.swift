import Foundation

/// A mutex that spins briefly before it sleeps (glibc's adaptive mutex).
///
/// Why: `CmarkSession` holds its lock for one C parse, tens of
/// microseconds; a thread that finds it taken is better off spinning for
/// that long than being put to sleep and woken by the kernel, which on a
/// virtual machine takes about as long as the parse itself.
final class SpinningMutex: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

    init() {
        var attributes = pthread_mutexattr_t()
        pthread_mutexattr_init(&attributes)
        pthread_mutexattr_settype(&attributes, Int32(PTHREAD_MUTEX_ADAPTIVE_NP))
        pthread_mutex_init(mutex, &attributes)
        pthread_mutexattr_destroy(&attributes)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    func lock() { pthread_mutex_lock(mutex) }
    func unlock() { pthread_mutex_unlock(mutex) }
}
