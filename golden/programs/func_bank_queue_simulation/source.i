# 1 "func_bank_queue_simulation.sy"
# 1 "<built-in>" 1
# 1 "<built-in>" 3
# 361 "<built-in>" 3
# 1 "<command line>" 1
# 1 "<built-in>" 2
# 1 "./sylib.h" 1



int getint(void);
int getch(void);
float getfloat(void);
int getarray(int a[]);
int getfarray(float a[]);
void putint(int a);
void putch(int a);
void putfloat(float a);
void putarray(int n, int a[]);
void putfarray(int n, float a[]);
void putf(char a[], ...);
void starttime(void);
void stoptime(void);
# 2 "<built-in>" 2
# 1 "func_bank_queue_simulation.sy" 2

int seed = 2022;
int queue_arrival[1000];
int qhead = 0, qtail = 0;
int busy_until[4];

int rnd(int n) {
  seed = (seed * 8121 + 28411) % 134456;
  return seed % n;
}

int main() {
  int tellers = getint();
  int minutes = getint();
  int t = 0, served = 0, total_wait = 0, max_wait = 0, max_len = 0;
  while (t < minutes) {

    int arrivals = rnd(100);
    if (arrivals < 45) arrivals = 0;
    else if (arrivals < 85) arrivals = 1;
    else arrivals = 2;
    while (arrivals > 0) {
      if (qtail < 1000) {
        queue_arrival[qtail] = t;
        qtail = qtail + 1;
      }
      arrivals = arrivals - 1;
    }
    int k = 0;
    while (k < tellers) {
      if (busy_until[k] <= t && qhead < qtail) {
        int wait = t - queue_arrival[qhead];
        qhead = qhead + 1;
        total_wait = total_wait + wait;
        if (wait > max_wait) max_wait = wait;
        busy_until[k] = t + 2 + rnd(4);
        served = served + 1;
      }
      k = k + 1;
    }
    if (qtail - qhead > max_len) max_len = qtail - qhead;
    t = t + 1;
  }
  putf("served=%d waiting=%d max_queue=%d max_wait=%d\n", served, qtail - qhead, max_len, max_wait);
  if (served > 0) {
    putf("average wait x100 = %d\n", total_wait * 100 / served);
  }
  return served % 256;
}
