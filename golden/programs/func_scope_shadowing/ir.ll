; ModuleID = 'func_scope_shadowing.sy'
source_filename = "func_scope_shadowing.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@x = dso_local global i32 100, align 4
@y = dso_local global i32 7, align 4

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @use_global() #0 {
  %1 = load i32, i32* @x, align 4
  %2 = load i32, i32* @y, align 4
  %3 = add nsw i32 %1, %2
  ret i32 %3
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @shadow_param(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, i32* %2, align 4
  %6 = load i32, i32* %2, align 4
  store i32 %6, i32* %3, align 4
  store i32 3, i32* %4, align 4
  %7 = load i32, i32* %3, align 4
  %8 = mul nsw i32 %7, 10
  %9 = load i32, i32* %4, align 4
  %10 = add nsw i32 %8, %9
  store i32 %10, i32* %3, align 4
  store i32 4, i32* %5, align 4
  %11 = load i32, i32* %3, align 4
  %12 = mul nsw i32 %11, 10
  %13 = load i32, i32* %5, align 4
  %14 = add nsw i32 %12, %13
  store i32 %14, i32* %3, align 4
  %15 = load i32, i32* %3, align 4
  %16 = mul nsw i32 %15, 10
  %17 = load i32, i32* %4, align 4
  %18 = add nsw i32 %16, %17
  store i32 %18, i32* %3, align 4
  %19 = load i32, i32* %3, align 4
  %20 = mul nsw i32 %19, 10
  %21 = load i32, i32* %2, align 4
  %22 = add nsw i32 %20, %21
  ret i32 %22
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  %11 = load i32, i32* @x, align 4
  call void @putint(i32 noundef %11)
  call void @putch(i32 noundef 10)
  store i32 1, i32* %2, align 4
  %12 = load i32, i32* %2, align 4
  call void @putint(i32 noundef %12)
  call void @putch(i32 noundef 10)
  store i32 2, i32* %3, align 4
  %13 = load i32, i32* %3, align 4
  %14 = add nsw i32 %13, 40
  store i32 %14, i32* %4, align 4
  %15 = load i32, i32* %3, align 4
  %16 = load i32, i32* %4, align 4
  %17 = add nsw i32 %15, %16
  call void @putint(i32 noundef %17)
  call void @putch(i32 noundef 10)
  %18 = load i32, i32* %3, align 4
  %19 = add nsw i32 %18, 10
  store i32 %19, i32* %3, align 4
  store i32 50, i32* %5, align 4
  %20 = load i32, i32* %5, align 4
  call void @putint(i32 noundef %20)
  call void @putch(i32 noundef 10)
  %21 = load i32, i32* %3, align 4
  call void @putint(i32 noundef %21)
  call void @putch(i32 noundef 10)
  %22 = load i32, i32* %2, align 4
  %23 = load i32, i32* @y, align 4
  %24 = add nsw i32 %22, %23
  call void @putint(i32 noundef %24)
  call void @putch(i32 noundef 10)
  %25 = call i32 @use_global()
  call void @putint(i32 noundef %25)
  call void @putch(i32 noundef 10)
  %26 = call i32 @shadow_param(i32 noundef 9)
  call void @putint(i32 noundef %26)
  call void @putch(i32 noundef 10)
  store i32 0, i32* %6, align 4
  store i32 0, i32* %7, align 4
  br label %27

27:                                               ; preds = %30, %0
  %28 = load i32, i32* %6, align 4
  %29 = icmp slt i32 %28, 3
  br i1 %29, label %30, label %38

30:                                               ; preds = %27
  %31 = load i32, i32* %6, align 4
  %32 = mul nsw i32 %31, 2
  store i32 %32, i32* %8, align 4
  %33 = load i32, i32* %8, align 4
  %34 = add nsw i32 %33, 1
  store i32 %34, i32* %9, align 4
  %35 = load i32, i32* %9, align 4
  call void @putint(i32 noundef %35)
  call void @putch(i32 noundef 32)
  %36 = load i32, i32* %6, align 4
  %37 = add nsw i32 %36, 1
  store i32 %37, i32* %6, align 4
  br label %27, !llvm.loop !6

38:                                               ; preds = %27
  call void @putch(i32 noundef 10)
  store i32 70, i32* %10, align 4
  %39 = load i32, i32* %7, align 4
  %40 = add nsw i32 %39, 70
  store i32 %40, i32* %7, align 4
  %41 = load i32, i32* %7, align 4
  %42 = load i32, i32* %2, align 4
  %43 = add nsw i32 %41, %42
  %44 = load i32, i32* @y, align 4
  %45 = add nsw i32 %43, %44
  ret i32 %45
}

declare void @putint(i32 noundef) #1

declare void @putch(i32 noundef) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 14.0.6"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
