; ModuleID = 'func_fib_recursive.sy'
source_filename = "func_fib_recursive.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [14 x i8] c"fib(%d) = %d\0A\00", align 1

; Function Attrs: nofree nosync nounwind readnone uwtable
define dso_local i32 @fib(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp slt i32 %0, 2
  br i1 %2, label %11, label %3

3:                                                ; preds = %1, %3
  %4 = phi i32 [ %8, %3 ], [ %0, %1 ]
  %5 = phi i32 [ %9, %3 ], [ 0, %1 ]
  %6 = add nsw i32 %4, -1
  %7 = tail call i32 @fib(i32 noundef %6)
  %8 = add nsw i32 %4, -2
  %9 = add nsw i32 %7, %5
  %10 = icmp ult i32 %4, 4
  br i1 %10, label %11, label %3

11:                                               ; preds = %3, %1
  %12 = phi i32 [ 0, %1 ], [ %9, %3 ]
  %13 = phi i32 [ %0, %1 ], [ %8, %3 ]
  %14 = add nsw i32 %13, %12
  ret i32 %14
}

; Function Attrs: nofree norecurse nosync nounwind readnone uwtable
define dso_local i32 @fib_iter(i32 noundef %0) local_unnamed_addr #1 {
  %2 = icmp sgt i32 %0, 0
  br i1 %2, label %3, label %35

3:                                                ; preds = %1
  %4 = add i32 %0, -1
  %5 = and i32 %0, 7
  %6 = icmp ult i32 %4, 7
  br i1 %6, label %23, label %7

7:                                                ; preds = %3
  %8 = and i32 %0, -8
  br label %9

9:                                                ; preds = %9, %7
  %10 = phi i32 [ 0, %7 ], [ %19, %9 ]
  %11 = phi i32 [ 1, %7 ], [ %20, %9 ]
  %12 = phi i32 [ 0, %7 ], [ %21, %9 ]
  %13 = add nsw i32 %10, %11
  %14 = add nsw i32 %11, %13
  %15 = add nsw i32 %13, %14
  %16 = add nsw i32 %14, %15
  %17 = add nsw i32 %15, %16
  %18 = add nsw i32 %16, %17
  %19 = add nsw i32 %17, %18
  %20 = add nsw i32 %18, %19
  %21 = add i32 %12, 8
  %22 = icmp eq i32 %21, %8
  br i1 %22, label %23, label %9, !llvm.loop !5

23:                                               ; preds = %9, %3
  %24 = phi i32 [ undef, %3 ], [ %19, %9 ]
  %25 = phi i32 [ 0, %3 ], [ %19, %9 ]
  %26 = phi i32 [ 1, %3 ], [ %20, %9 ]
  %27 = icmp eq i32 %5, 0
  br i1 %27, label %35, label %28

28:                                               ; preds = %23, %28
  %29 = phi i32 [ %30, %28 ], [ %25, %23 ]
  %30 = phi i32 [ %32, %28 ], [ %26, %23 ]
  %31 = phi i32 [ %33, %28 ], [ 0, %23 ]
  %32 = add nsw i32 %29, %30
  %33 = add i32 %31, 1
  %34 = icmp eq i32 %33, %5
  br i1 %34, label %35, label %28, !llvm.loop !7

35:                                               ; preds = %23, %28, %1
  %36 = phi i32 [ 0, %1 ], [ %24, %23 ], [ %30, %28 ]
  ret i32 %36
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #2 {
  %1 = tail call i32 @getint() #4
  %2 = icmp sgt i32 %1, 0
  br i1 %2, label %3, label %55

3:                                                ; preds = %0, %42
  %4 = phi i32 [ %49, %42 ], [ %1, %0 ]
  %5 = phi i32 [ %46, %42 ], [ 0, %0 ]
  %6 = phi i32 [ %48, %42 ], [ 0, %0 ]
  %7 = tail call i32 @getint() #4
  %8 = tail call i32 @fib(i32 noundef %7)
  %9 = icmp sgt i32 %7, 0
  br i1 %9, label %10, label %42

10:                                               ; preds = %3
  %11 = add i32 %7, -1
  %12 = and i32 %7, 7
  %13 = icmp ult i32 %11, 7
  br i1 %13, label %30, label %14

14:                                               ; preds = %10
  %15 = and i32 %7, -8
  br label %16

16:                                               ; preds = %16, %14
  %17 = phi i32 [ 0, %14 ], [ %26, %16 ]
  %18 = phi i32 [ 1, %14 ], [ %27, %16 ]
  %19 = phi i32 [ 0, %14 ], [ %28, %16 ]
  %20 = add nsw i32 %18, %17
  %21 = add nsw i32 %20, %18
  %22 = add nsw i32 %21, %20
  %23 = add nsw i32 %22, %21
  %24 = add nsw i32 %23, %22
  %25 = add nsw i32 %24, %23
  %26 = add nsw i32 %25, %24
  %27 = add nsw i32 %26, %25
  %28 = add i32 %19, 8
  %29 = icmp eq i32 %28, %15
  br i1 %29, label %30, label %16, !llvm.loop !5

30:                                               ; preds = %16, %10
  %31 = phi i32 [ undef, %10 ], [ %26, %16 ]
  %32 = phi i32 [ 0, %10 ], [ %26, %16 ]
  %33 = phi i32 [ 1, %10 ], [ %27, %16 ]
  %34 = icmp eq i32 %12, 0
  br i1 %34, label %42, label %35

35:                                               ; preds = %30, %35
  %36 = phi i32 [ %37, %35 ], [ %32, %30 ]
  %37 = phi i32 [ %39, %35 ], [ %33, %30 ]
  %38 = phi i32 [ %40, %35 ], [ 0, %30 ]
  %39 = add nsw i32 %37, %36
  %40 = add i32 %38, 1
  %41 = icmp eq i32 %40, %12
  br i1 %41, label %42, label %35, !llvm.loop !9

42:                                               ; preds = %30, %35, %3
  %43 = phi i32 [ 0, %3 ], [ %31, %30 ], [ %37, %35 ]
  %44 = icmp ne i32 %8, %43
  %45 = zext i1 %44 to i32
  %46 = add nuw nsw i32 %5, %45
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str, i64 0, i64 0), i32 noundef %7, i32 noundef %8) #4
  %47 = add nsw i32 %8, %6
  %48 = srem i32 %47, 1000
  %49 = add nsw i32 %4, -1
  %50 = icmp sgt i32 %4, 1
  br i1 %50, label %3, label %51, !llvm.loop !10

51:                                               ; preds = %42
  %52 = trunc i32 %48 to i16
  %53 = srem i16 %52, 256
  %54 = sext i16 %53 to i32
  br label %55

55:                                               ; preds = %51, %0
  %56 = phi i32 [ 0, %0 ], [ %54, %51 ]
  %57 = phi i32 [ 0, %0 ], [ %46, %51 ]
  tail call void @putint(i32 noundef %57) #4
  tail call void @putch(i32 noundef 10) #4
  ret i32 %56
}

declare i32 @getint() local_unnamed_addr #3

declare void @putf(i8* noundef, ...) local_unnamed_addr #3

declare void @putint(i32 noundef) local_unnamed_addr #3

declare void @putch(i32 noundef) local_unnamed_addr #3

attributes #0 = { nofree nosync nounwind readnone uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree norecurse nosync nounwind readnone uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
!7 = distinct !{!7, !8}
!8 = !{!"llvm.loop.unroll.disable"}
!9 = distinct !{!9, !8}
!10 = distinct !{!10, !6}
