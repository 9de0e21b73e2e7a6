; ModuleID = 'func_nested_if_else_grade.sy'
source_filename = "func_nested_if_else_grade.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @grade(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp sgt i32 %0, 89
  br i1 %2, label %3, label %8

3:                                                ; preds = %1
  %4 = icmp ugt i32 %0, 96
  br i1 %4, label %18, label %5

5:                                                ; preds = %3
  %6 = icmp ugt i32 %0, 92
  %7 = select i1 %6, i32 2, i32 3
  br label %18

8:                                                ; preds = %1
  %9 = icmp sgt i32 %0, 79
  br i1 %9, label %10, label %15

10:                                               ; preds = %8
  %11 = icmp ugt i32 %0, 86
  br i1 %11, label %18, label %12

12:                                               ; preds = %10
  %13 = icmp ugt i32 %0, 82
  %14 = select i1 %13, i32 5, i32 6
  br label %18

15:                                               ; preds = %8
  %16 = icmp sgt i32 %0, 59
  %17 = select i1 %16, i32 7, i32 8
  br label %18

18:                                               ; preds = %15, %12, %10, %5, %3
  %19 = phi i32 [ 1, %3 ], [ %7, %5 ], [ 4, %10 ], [ %14, %12 ], [ %17, %15 ]
  ret i32 %19
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @quadrant(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp eq i32 %0, 0
  %4 = icmp eq i32 %1, 0
  %5 = or i1 %3, %4
  br i1 %5, label %6, label %11

6:                                                ; preds = %2
  %7 = or i32 %1, %0
  %8 = icmp eq i32 %7, 0
  %9 = select i1 %3, i32 5, i32 6
  %10 = select i1 %8, i32 0, i32 %9
  br label %19

11:                                               ; preds = %2
  %12 = icmp sgt i32 %0, 0
  br i1 %12, label %13, label %16

13:                                               ; preds = %11
  %14 = icmp slt i32 %1, 1
  %15 = select i1 %14, i32 4, i32 1
  br label %19

16:                                               ; preds = %11
  %17 = icmp sgt i32 %1, 0
  %18 = select i1 %17, i32 2, i32 3
  br label %19

19:                                               ; preds = %6, %16, %13
  %20 = phi i32 [ %15, %13 ], [ %18, %16 ], [ %10, %6 ]
  ret i32 %20
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @triangle_kind(i32 noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = add nsw i32 %1, %0
  %5 = icmp sgt i32 %4, %2
  %6 = add nsw i32 %2, %0
  %7 = icmp sgt i32 %6, %1
  %8 = select i1 %5, i1 %7, i1 false
  %9 = add nsw i32 %2, %1
  %10 = icmp sgt i32 %9, %0
  %11 = select i1 %8, i1 %10, i1 false
  br i1 %11, label %12, label %33

12:                                               ; preds = %3
  %13 = icmp eq i32 %0, %1
  %14 = icmp eq i32 %1, %2
  br i1 %13, label %15, label %17

15:                                               ; preds = %12
  %16 = select i1 %14, i32 3, i32 2
  br label %33

17:                                               ; preds = %12
  %18 = icmp eq i32 %0, %2
  %19 = or i1 %14, %18
  br i1 %19, label %33, label %20

20:                                               ; preds = %17
  %21 = mul nsw i32 %0, %0
  %22 = mul nsw i32 %1, %1
  %23 = add nuw nsw i32 %22, %21
  %24 = mul nsw i32 %2, %2
  %25 = icmp eq i32 %23, %24
  %26 = add nuw nsw i32 %24, %21
  %27 = icmp eq i32 %26, %22
  %28 = select i1 %25, i1 true, i1 %27
  %29 = add nuw nsw i32 %24, %22
  %30 = icmp eq i32 %29, %21
  %31 = select i1 %28, i1 true, i1 %30
  %32 = select i1 %31, i32 4, i32 1
  br label %33

33:                                               ; preds = %20, %17, %15, %3
  %34 = phi i32 [ 0, %3 ], [ %16, %15 ], [ 2, %17 ], [ %32, %20 ]
  ret i32 %34
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  tail call void @putint(i32 noundef 1) #3
  %1 = srem i32 1, 1000
  tail call void @putint(i32 noundef 1) #3
  %2 = mul nsw i32 %1, 3
  %3 = add nsw i32 1, %2
  %4 = srem i32 %3, 1000
  br label %5

5:                                                ; preds = %0, %24
  %6 = phi i64 [ 2, %0 ], [ %29, %24 ]
  %7 = phi i32 [ %4, %0 ], [ %28, %24 ]
  %8 = add nsw i64 %6, -11
  %9 = icmp ult i64 %8, -7
  br i1 %9, label %14, label %10

10:                                               ; preds = %5
  %11 = icmp ult i64 %8, -4
  br i1 %11, label %12, label %20

12:                                               ; preds = %10
  %13 = icmp ult i64 %8, -6
  br i1 %13, label %24, label %17

14:                                               ; preds = %5
  %15 = icmp ult i64 %8, -8
  %16 = select i1 %15, i32 2, i32 3
  br label %24

17:                                               ; preds = %12
  %18 = icmp eq i64 %8, -6
  %19 = select i1 %18, i32 5, i32 6
  br label %24

20:                                               ; preds = %10
  %21 = and i64 %8, 4294967294
  %22 = icmp eq i64 %21, 4294967294
  %23 = select i1 %22, i32 8, i32 7
  br label %24

24:                                               ; preds = %12, %14, %17, %20
  %25 = phi i32 [ %16, %14 ], [ %19, %17 ], [ %23, %20 ], [ 4, %12 ]
  tail call void @putint(i32 noundef %25) #3
  %26 = mul nsw i32 %7, 3
  %27 = add nsw i32 %25, %26
  %28 = srem i32 %27, 1000
  %29 = add nuw nsw i64 %6, 1
  %30 = icmp eq i64 %29, 12
  br i1 %30, label %31, label %5, !llvm.loop !5

31:                                               ; preds = %24
  tail call void @putch(i32 noundef 10) #3
  tail call void @putint(i32 noundef 1) #3
  tail call void @putint(i32 noundef 2) #3
  tail call void @putint(i32 noundef 3) #3
  tail call void @putint(i32 noundef 4) #3
  tail call void @putint(i32 noundef 0) #3
  tail call void @putint(i32 noundef 5) #3
  tail call void @putint(i32 noundef 6) #3
  tail call void @putch(i32 noundef 10) #3
  tail call void @putint(i32 noundef 4) #3
  tail call void @putint(i32 noundef 3) #3
  tail call void @putint(i32 noundef 2) #3
  tail call void @putint(i32 noundef 0) #3
  tail call void @putint(i32 noundef 1) #3
  tail call void @putint(i32 noundef 4) #3
  tail call void @putch(i32 noundef 10) #3
  ret i32 %28
}

declare void @putint(i32 noundef) local_unnamed_addr #2

declare void @putch(i32 noundef) local_unnamed_addr #2

attributes #0 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = distinct !{!5, !6, !7}
!6 = !{!"llvm.loop.mustprogress"}
!7 = !{!"llvm.loop.peeled.count", i32 2}
