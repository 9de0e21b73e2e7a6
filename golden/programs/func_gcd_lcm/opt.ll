; ModuleID = 'func_gcd_lcm.sy'
source_filename = "func_gcd_lcm.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@pairs = dso_local local_unnamed_addr global [8 x [2 x i32]] [[2 x i32] [i32 12, i32 18], [2 x i32] [i32 -12, i32 18], [2 x i32] [i32 12, i32 -18], [2 x i32] [i32 -35, i32 -49], [2 x i32] [i32 17, i32 5], [2 x i32] [i32 1000, i32 250], [2 x i32] [i32 0, i32 9], [2 x i32] [i32 81, i32 27]], align 16

; Function Attrs: nofree nosync nounwind readnone uwtable
define dso_local i32 @gcd_rec(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp eq i32 %1, 0
  br i1 %3, label %9, label %4

4:                                                ; preds = %2, %4
  %5 = phi i32 [ %7, %4 ], [ %1, %2 ]
  %6 = phi i32 [ %5, %4 ], [ %0, %2 ]
  %7 = srem i32 %6, %5
  %8 = icmp eq i32 %7, 0
  br i1 %8, label %9, label %4

9:                                                ; preds = %4, %2
  %10 = phi i32 [ %0, %2 ], [ %5, %4 ]
  ret i32 %10
}

; Function Attrs: nofree norecurse nosync nounwind readnone uwtable
define dso_local i32 @gcd_iter(i32 noundef %0, i32 noundef %1) local_unnamed_addr #1 {
  %3 = icmp eq i32 %1, 0
  br i1 %3, label %9, label %4

4:                                                ; preds = %2, %4
  %5 = phi i32 [ %6, %4 ], [ %0, %2 ]
  %6 = phi i32 [ %7, %4 ], [ %1, %2 ]
  %7 = srem i32 %5, %6
  %8 = icmp eq i32 %7, 0
  br i1 %8, label %9, label %4, !llvm.loop !5

9:                                                ; preds = %4, %2
  %10 = phi i32 [ %0, %2 ], [ %6, %4 ]
  ret i32 %10
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @absval(i32 noundef %0) local_unnamed_addr #2 {
  %2 = tail call i32 @llvm.abs.i32(i32 %0, i1 true)
  ret i32 %2
}

; Function Attrs: nofree nosync nounwind readnone uwtable
define dso_local i32 @lcm(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = tail call i32 @llvm.abs.i32(i32 %0, i1 true) #6
  %4 = tail call i32 @llvm.abs.i32(i32 %1, i1 true) #6
  %5 = icmp eq i32 %1, 0
  br i1 %5, label %11, label %6

6:                                                ; preds = %2, %6
  %7 = phi i32 [ %8, %6 ], [ %3, %2 ]
  %8 = phi i32 [ %9, %6 ], [ %4, %2 ]
  %9 = srem i32 %7, %8
  %10 = icmp eq i32 %9, 0
  br i1 %10, label %11, label %6, !llvm.loop !5

11:                                               ; preds = %6, %2
  %12 = phi i32 [ %3, %2 ], [ %8, %6 ]
  %13 = sdiv i32 %3, %12
  %14 = mul nsw i32 %13, %4
  ret i32 %14
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #3 {
  br label %1

1:                                                ; preds = %0, %46
  %2 = phi i64 [ 0, %0 ], [ %48, %46 ]
  %3 = phi i32 [ 0, %0 ], [ %47, %46 ]
  %4 = getelementptr inbounds [8 x [2 x i32]], [8 x [2 x i32]]* @pairs, i64 0, i64 %2, i64 0
  %5 = load i32, i32* %4, align 8, !tbaa !7
  %6 = getelementptr inbounds [8 x [2 x i32]], [8 x [2 x i32]]* @pairs, i64 0, i64 %2, i64 1
  %7 = load i32, i32* %6, align 4, !tbaa !7
  %8 = icmp eq i32 %7, 0
  br i1 %8, label %19, label %9

9:                                                ; preds = %1, %9
  %10 = phi i32 [ %12, %9 ], [ %7, %1 ]
  %11 = phi i32 [ %10, %9 ], [ %5, %1 ]
  %12 = srem i32 %11, %10
  %13 = icmp eq i32 %12, 0
  br i1 %13, label %14, label %9

14:                                               ; preds = %9, %14
  %15 = phi i32 [ %16, %14 ], [ %5, %9 ]
  %16 = phi i32 [ %17, %14 ], [ %7, %9 ]
  %17 = srem i32 %15, %16
  %18 = icmp eq i32 %17, 0
  br i1 %18, label %19, label %14, !llvm.loop !5

19:                                               ; preds = %14, %1
  %20 = phi i32 [ %5, %1 ], [ %10, %14 ]
  %21 = phi i32 [ %5, %1 ], [ %16, %14 ]
  tail call void @putint(i32 noundef %5) #6
  tail call void @putch(i32 noundef 32) #6
  tail call void @putint(i32 noundef %7) #6
  tail call void @putch(i32 noundef 58) #6
  tail call void @putch(i32 noundef 32) #6
  tail call void @putint(i32 noundef %20) #6
  tail call void @putch(i32 noundef 32) #6
  tail call void @putint(i32 noundef %21) #6
  %22 = icmp ne i32 %5, 0
  %23 = icmp ne i32 %7, 0
  %24 = and i1 %22, %23
  br i1 %24, label %25, label %46

25:                                               ; preds = %19
  tail call void @putch(i32 noundef 32) #6
  %26 = tail call i32 @llvm.abs.i32(i32 %5, i1 true) #6
  %27 = tail call i32 @llvm.abs.i32(i32 %7, i1 true) #6
  br label %28

28:                                               ; preds = %25, %28
  %29 = phi i32 [ %30, %28 ], [ %26, %25 ]
  %30 = phi i32 [ %31, %28 ], [ %27, %25 ]
  %31 = srem i32 %29, %30
  %32 = icmp eq i32 %31, 0
  br i1 %32, label %33, label %28, !llvm.loop !5

33:                                               ; preds = %28
  %34 = sdiv i32 %26, %30
  %35 = mul nsw i32 %34, %27
  tail call void @putint(i32 noundef %35) #6
  br label %36

36:                                               ; preds = %33, %36
  %37 = phi i32 [ %38, %36 ], [ %26, %33 ]
  %38 = phi i32 [ %39, %36 ], [ %27, %33 ]
  %39 = srem i32 %37, %38
  %40 = icmp eq i32 %39, 0
  br i1 %40, label %41, label %36, !llvm.loop !5

41:                                               ; preds = %36
  %42 = sdiv i32 %26, %38
  %43 = mul nsw i32 %42, %27
  %44 = srem i32 %43, 97
  %45 = add nsw i32 %44, %3
  br label %46

46:                                               ; preds = %41, %19
  %47 = phi i32 [ %45, %41 ], [ %3, %19 ]
  tail call void @putch(i32 noundef 10) #6
  %48 = add nuw nsw i64 %2, 1
  %49 = icmp eq i64 %48, 8
  br i1 %49, label %50, label %1, !llvm.loop !11

50:                                               ; preds = %46
  ret i32 %47
}

declare void @putint(i32 noundef) local_unnamed_addr #4

declare void @putch(i32 noundef) local_unnamed_addr #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i32 @llvm.abs.i32(i32, i1 immarg) #5

attributes #0 = { nofree nosync nounwind readnone uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree norecurse nosync nounwind readnone uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #6 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
!7 = !{!8, !8, i64 0}
!8 = !{!"int", !9, i64 0}
!9 = !{!"omnipotent char", !10, i64 0}
!10 = !{!"Simple C/C++ TBAA"}
!11 = distinct !{!11, !6}
