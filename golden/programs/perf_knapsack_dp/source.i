# 1 "perf_knapsack_dp.sy"
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
# 1 "perf_knapsack_dp.sy" 2

int best[20001];
int wt[2000];
int val[2000];

int main() {
  int kinds = getint(), cap = getint();
  int items = 0, k = 0, s = 3;
  while (k < kinds) {
    s = (s * 75 + 74) % 65537;
    int w = s % 40 + 5;
    s = (s * 75 + 74) % 65537;
    int v = s % 100 + 1;
    s = (s * 75 + 74) % 65537;
    int count = s % 6 + 1;

    int chunk = 1;
    while (count > 0) {
      int take = chunk;
      if (take > count) take = count;
      wt[items] = w * take;
      val[items] = v * take;
      items = items + 1;
      count = count - take;
      chunk = chunk * 2;
    }
    k = k + 1;
  }
  starttime();
  int i = 0;
  while (i < items) {
    int c = cap;
    int w = wt[i], v = val[i];
    while (c >= w) {
      int cand = best[c - w] + v;
      if (cand > best[c]) best[c] = cand;
      c = c - 1;
    }
    i = i + 1;
  }
  stoptime();
  putf("items=%d best=%d\n", items, best[cap]);
  putf("half capacity: %d\n", best[cap / 2]);
  return best[cap] % 256;
}
