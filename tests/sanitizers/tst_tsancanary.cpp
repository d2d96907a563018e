// Built only with ThreadSanitizer, and expected to fail (ctest WILL_FAIL): a counter written by a
// QThread of ours and by the main thread with no hand-over between them. TSan must report it with the
// suppressions of tsan.supp in force, else those suppressions hide our own threads' races too.
#include <QThread>

#include <cstdio>

namespace {
int counter = 0; // written from two threads on purpose
}

int main()
{
    QThread *worker = QThread::create([] {
        for (int i = 0; i < 1000; ++i)
            counter += 1;
    });
    worker->start();
    for (int i = 0; i < 1000; ++i)
        counter += 2;
    worker->wait();
    delete worker;
    std::printf("counter %d\n", counter);
    return 0;
}
