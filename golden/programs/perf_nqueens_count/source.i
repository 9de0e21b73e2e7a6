# 1 "perf_nqueens_count.sy"
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
# 1 "perf_nqueens_count.sy" 2

int cols[16];
int d1[32];
int d2[32];

int is_free(int row, int c, int n) {
  return cols[c] == 0 && d1[row + c] == 0 && d2[row - c + n] == 0;
}

void occupy(int row, int c, int n, int flag) {
  cols[c] = flag;
  d1[row + c] = flag;
  d2[row - c + n] = flag;
}

int solve(int row, int n) {
  if (row == n) return 1;
  int count = 0, c = 0;
  while (c < n) {
    if (is_free(row, c, n)) {
      occupy(row, c, n, 1);
      count = count + solve(row + 1, n);
      occupy(row, c, n, 0);
    }
    c = c + 1;
  }
  return count;
}

int main() {
  int lo = getint(), hi = getint();
  starttime();
  int n = lo, total = 0;
  while (n <= hi) {
    int k = solve(0, n);
    putf("%d-queens: %d\n", n, k);
    total = total + k;
    n = n + 1;
  }
  stoptime();
  return total % 256;
}
