# 1 "func_knapsack_dp.sy"
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
# 1 "func_knapsack_dp.sy" 2

int w[32], v[32];
int best[201];
int keep[32][201];

int main() {
  int n = getint();
  int cap = getint();
  int i = 0;
  while (i < n) {
    w[i] = getint();
    v[i] = getint();
    i = i + 1;
  }
  i = 0;
  while (i < n) {
    int c = cap;
    while (c >= w[i]) {
      if (best[c - w[i]] + v[i] > best[c]) {
        best[c] = best[c - w[i]] + v[i];
        keep[i][c] = 1;
      }
      c = c - 1;
    }
    i = i + 1;
  }
  putf("best=%d\n", best[cap]);
  int c = cap;
  i = n - 1;
  int weight = 0;
  while (i >= 0) {
    if (keep[i][c]) {
      putint(i);
      putch(32);
      c = c - w[i];
      weight = weight + w[i];
    }
    i = i - 1;
  }
  putch(10);
  putint(weight);
  putch(10);
  return best[cap] % 256;
}
