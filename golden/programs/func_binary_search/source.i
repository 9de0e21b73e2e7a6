# 1 "func_binary_search.sy"
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
# 1 "func_binary_search.sy" 2

const int table[16] = {-50, -31, -8, -2, 0, 4, 9, 15, 23, 42, 57, 61, 77, 90, 101, 256};

int bsearch_iter(int key) {
  int lo = 0, hi = 15;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    if (table[mid] == key) return mid;
    else if (table[mid] < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

int bsearch_rec(int lo, int hi, int key) {
  if (lo > hi) return -1;
  int mid = lo + (hi - lo) / 2;
  if (table[mid] == key) return mid;
  if (table[mid] < key) return bsearch_rec(mid + 1, hi, key);
  return bsearch_rec(lo, mid - 1, key);
}

int lower_bound(int key) {
  int lo = 0, hi = 16;
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    if (table[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

int main() {
  int keys[10] = {-50, 256, 42, 43, 0, -1, 90, 1000, -100, 9};
  int i = 0, found = 0;
  while (i < 10) {
    int a = bsearch_iter(keys[i]);
    int b = bsearch_rec(0, 15, keys[i]);
    putint(keys[i]); putch(58); putint(a); putch(44); putint(b);
    putch(44); putint(lower_bound(keys[i]));
    putch(10);
    if (a >= 0) found = found + 1;
    if (a != b) return 255;
    i = i + 1;
  }
  return found;
}
