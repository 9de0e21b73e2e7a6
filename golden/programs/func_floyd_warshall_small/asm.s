	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_floyd_warshall_small.sy"
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -112
	sd	ra, 104(sp)                     # 8-byte Folded Spill
	sd	s0, 96(sp)                      # 8-byte Folded Spill
	sd	s1, 88(sp)                      # 8-byte Folded Spill
	sd	s2, 80(sp)                      # 8-byte Folded Spill
	sd	s3, 72(sp)                      # 8-byte Folded Spill
	sd	s4, 64(sp)                      # 8-byte Folded Spill
	sd	s5, 56(sp)                      # 8-byte Folded Spill
	sd	s6, 48(sp)                      # 8-byte Folded Spill
	sd	s7, 40(sp)                      # 8-byte Folded Spill
	sd	s8, 32(sp)                      # 8-byte Folded Spill
	sd	s9, 24(sp)                      # 8-byte Folded Spill
	sd	s10, 16(sp)                     # 8-byte Folded Spill
	sd	s11, 8(sp)                      # 8-byte Folded Spill
	li	t0, 0
.LBB0_44:                               # Label of block must be emitted
	auipc	s3, %pcrel_hi(d)
	addi	s3, s3, %pcrel_lo(.LBB0_44)
	li	a6, 24
	li	a3, 998
	li	t5, 144
	li	a7, 6
	mv	a1, s3
	j	.LBB0_2
.LBB0_1:                                #   in Loop: Header=BB0_2 Depth=1
	addi	t0, t0, 1
	addi	a1, a1, 4
	beq	t0, a7, .LBB0_23
.LBB0_2:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_4 Depth 2
	li	s0, 0
	mul	a0, t0, a6
	add	s2, s3, a0
	addi	t6, s2, 4
	addi	t4, s2, 8
	addi	t1, s2, 12
	addi	t2, s2, 16
	addi	t3, s2, 20
	j	.LBB0_4
.LBB0_3:                                #   in Loop: Header=BB0_4 Depth=2
	addi	s0, s0, 24
	beq	s0, t5, .LBB0_1
.LBB0_4:                                #   Parent Loop BB0_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	add	a4, a1, s0
	lw	a0, 0(a4)
	blt	a3, a0, .LBB0_3
# %bb.5:                                #   in Loop: Header=BB0_4 Depth=2
	lw	a2, 0(s2)
	blt	a3, a2, .LBB0_8
# %bb.6:                                #   in Loop: Header=BB0_4 Depth=2
	add	a5, s3, s0
	lw	s1, 0(a5)
	addw	a2, a2, a0
	bge	a2, s1, .LBB0_8
# %bb.7:                                #   in Loop: Header=BB0_4 Depth=2
	addi	a0, a5, 12
	sw	a2, -12(a0)
	lw	a0, 0(a4)
	blt	a3, a0, .LBB0_3
.LBB0_8:                                #   in Loop: Header=BB0_4 Depth=2
	lw	a2, 0(t6)
	blt	a3, a2, .LBB0_11
# %bb.9:                                #   in Loop: Header=BB0_4 Depth=2
	add	a5, s3, s0
	lw	s1, 4(a5)
	addw	a2, a2, a0
	bge	a2, s1, .LBB0_11
# %bb.10:                               #   in Loop: Header=BB0_4 Depth=2
	addi	a0, a5, 12
	sw	a2, -8(a0)
	lw	a0, 0(a4)
	blt	a3, a0, .LBB0_3
.LBB0_11:                               #   in Loop: Header=BB0_4 Depth=2
	lw	a2, 0(t4)
	blt	a3, a2, .LBB0_14
# %bb.12:                               #   in Loop: Header=BB0_4 Depth=2
	add	a5, s3, s0
	lw	s1, 8(a5)
	addw	a2, a2, a0
	bge	a2, s1, .LBB0_14
# %bb.13:                               #   in Loop: Header=BB0_4 Depth=2
	addi	a0, a5, 12
	sw	a2, -4(a0)
	lw	a0, 0(a4)
	blt	a3, a0, .LBB0_3
.LBB0_14:                               #   in Loop: Header=BB0_4 Depth=2
	lw	a2, 0(t1)
	blt	a3, a2, .LBB0_17
# %bb.15:                               #   in Loop: Header=BB0_4 Depth=2
	add	a5, s3, s0
	lw	s1, 12(a5)
	addw	a2, a2, a0
	bge	a2, s1, .LBB0_17
# %bb.16:                               #   in Loop: Header=BB0_4 Depth=2
	addi	a0, a5, 12
	sw	a2, 0(a0)
	lw	a0, 0(a4)
	blt	a3, a0, .LBB0_3
.LBB0_17:                               #   in Loop: Header=BB0_4 Depth=2
	lw	a5, 0(t2)
	blt	a3, a5, .LBB0_20
# %bb.18:                               #   in Loop: Header=BB0_4 Depth=2
.LBB0_45:                               #   in Loop: Header=BB0_4 Depth=2
                                        # Label of block must be emitted
	auipc	a2, %pcrel_hi(d)
	addi	a2, a2, %pcrel_lo(.LBB0_45)
	add	a2, a2, s0
	lw	s1, 16(a2)
	addw	a5, a5, a0
	bge	a5, s1, .LBB0_20
# %bb.19:                               #   in Loop: Header=BB0_4 Depth=2
	addi	a0, a2, 12
	sw	a5, 4(a0)
	lw	a0, 0(a4)
	blt	a3, a0, .LBB0_3
.LBB0_20:                               #   in Loop: Header=BB0_4 Depth=2
	lw	a4, 0(t3)
	blt	a3, a4, .LBB0_3
# %bb.21:                               #   in Loop: Header=BB0_4 Depth=2
.LBB0_46:                               #   in Loop: Header=BB0_4 Depth=2
                                        # Label of block must be emitted
	auipc	a2, %pcrel_hi(d)
	addi	a2, a2, %pcrel_lo(.LBB0_46)
	add	a2, a2, s0
	lw	a5, 20(a2)
	addw	a0, a0, a4
	bge	a0, a5, .LBB0_3
# %bb.22:                               #   in Loop: Header=BB0_4 Depth=2
	addi	a2, a2, 12
	sw	a0, 8(a2)
	j	.LBB0_3
.LBB0_23:
	li	s7, 0
.LBB0_47:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(d)
	addi	a0, a0, %pcrel_lo(.LBB0_47)
	addi	s0, a0, 12
	li	s1, 1
.LBB0_48:                               # Label of block must be emitted
	auipc	s2, %pcrel_hi(.L.str)
	addi	s2, s2, %pcrel_lo(.LBB0_48)
	li	s5, 998
	li	s6, 7
.LBB0_49:                               # Label of block must be emitted
	auipc	s3, %pcrel_hi(.L.str.1)
	addi	s3, s3, %pcrel_lo(.LBB0_49)
	j	.LBB0_26
.LBB0_24:                               #   in Loop: Header=BB0_26 Depth=1
	mv	a0, s2
	call	putf@plt
.LBB0_25:                               #   in Loop: Header=BB0_26 Depth=1
	mulw	a0, s8, s1
	addw	a0, a0, s7
	mulw	a1, s9, s1
	addw	a0, a0, a1
	mulw	a1, s10, s1
	addw	a0, a0, a1
	mulw	a1, s11, s1
	lw	a2, 8(s0)
	addw	a0, a0, a1
	mulw	a1, s4, s1
	addw	a0, a0, a1
	mulw	a1, a2, s1
	addw	s7, a1, a0
	li	a0, 10
	call	putch@plt
	addi	s1, s1, 1
	addi	s0, s0, 24
	beq	s1, s6, .LBB0_43
.LBB0_26:                               # =>This Inner Loop Header: Depth=1
	lw	a1, -12(s0)
	li	a0, 999
	blt	a1, a0, .LBB0_28
# %bb.27:                               #   in Loop: Header=BB0_26 Depth=1
	mv	a0, s2
	call	putf@plt
	j	.LBB0_29
.LBB0_28:                               #   in Loop: Header=BB0_26 Depth=1
	mv	a0, s3
	call	putf@plt
.LBB0_29:                               #   in Loop: Header=BB0_26 Depth=1
	lw	a1, -8(s0)
	lw	s8, -12(s0)
	bge	s5, a1, .LBB0_31
# %bb.30:                               #   in Loop: Header=BB0_26 Depth=1
	mv	a0, s2
	call	putf@plt
	j	.LBB0_32
.LBB0_31:                               #   in Loop: Header=BB0_26 Depth=1
	mv	a0, s3
	call	putf@plt
.LBB0_32:                               #   in Loop: Header=BB0_26 Depth=1
	lw	a1, -4(s0)
	lw	s9, -8(s0)
	bge	s5, a1, .LBB0_34
# %bb.33:                               #   in Loop: Header=BB0_26 Depth=1
	mv	a0, s2
	call	putf@plt
	j	.LBB0_35
.LBB0_34:                               #   in Loop: Header=BB0_26 Depth=1
	mv	a0, s3
	call	putf@plt
.LBB0_35:                               #   in Loop: Header=BB0_26 Depth=1
	lw	a1, 0(s0)
	lw	s10, -4(s0)
	bge	s5, a1, .LBB0_37
# %bb.36:                               #   in Loop: Header=BB0_26 Depth=1
	mv	a0, s2
	call	putf@plt
	j	.LBB0_38
.LBB0_37:                               #   in Loop: Header=BB0_26 Depth=1
	mv	a0, s3
	call	putf@plt
.LBB0_38:                               #   in Loop: Header=BB0_26 Depth=1
	lw	a1, 4(s0)
	lw	s11, 0(s0)
	bge	s5, a1, .LBB0_40
# %bb.39:                               #   in Loop: Header=BB0_26 Depth=1
	mv	a0, s2
	call	putf@plt
	j	.LBB0_41
.LBB0_40:                               #   in Loop: Header=BB0_26 Depth=1
	mv	a0, s3
	call	putf@plt
.LBB0_41:                               #   in Loop: Header=BB0_26 Depth=1
	lw	a1, 8(s0)
	lw	s4, 4(s0)
	blt	s5, a1, .LBB0_24
# %bb.42:                               #   in Loop: Header=BB0_26 Depth=1
	mv	a0, s3
	call	putf@plt
	j	.LBB0_25
.LBB0_43:
	sraiw	a0, s7, 31
	srliw	a0, a0, 24
	add	a0, a0, s7
	andi	a0, a0, -256
	subw	a0, s7, a0
	ld	ra, 104(sp)                     # 8-byte Folded Reload
	ld	s0, 96(sp)                      # 8-byte Folded Reload
	ld	s1, 88(sp)                      # 8-byte Folded Reload
	ld	s2, 80(sp)                      # 8-byte Folded Reload
	ld	s3, 72(sp)                      # 8-byte Folded Reload
	ld	s4, 64(sp)                      # 8-byte Folded Reload
	ld	s5, 56(sp)                      # 8-byte Folded Reload
	ld	s6, 48(sp)                      # 8-byte Folded Reload
	ld	s7, 40(sp)                      # 8-byte Folded Reload
	ld	s8, 32(sp)                      # 8-byte Folded Reload
	ld	s9, 24(sp)                      # 8-byte Folded Reload
	ld	s10, 16(sp)                     # 8-byte Folded Reload
	ld	s11, 8(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 112
	ret
.Lfunc_end0:
	.size	main, .Lfunc_end0-main
                                        # -- End function
	.type	d,@object                       # @d
	.data
	.globl	d
	.p2align	2
d:
	.word	0                               # 0x0
	.word	3                               # 0x3
	.word	8                               # 0x8
	.word	999                             # 0x3e7
	.word	4294967292                      # 0xfffffffc
	.word	999                             # 0x3e7
	.word	999                             # 0x3e7
	.word	0                               # 0x0
	.word	999                             # 0x3e7
	.word	1                               # 0x1
	.word	7                               # 0x7
	.word	999                             # 0x3e7
	.word	999                             # 0x3e7
	.word	4                               # 0x4
	.word	0                               # 0x0
	.word	999                             # 0x3e7
	.word	999                             # 0x3e7
	.word	2                               # 0x2
	.word	2                               # 0x2
	.word	999                             # 0x3e7
	.word	4294967291                      # 0xfffffffb
	.word	0                               # 0x0
	.word	999                             # 0x3e7
	.word	999                             # 0x3e7
	.word	999                             # 0x3e7
	.word	999                             # 0x3e7
	.word	999                             # 0x3e7
	.word	6                               # 0x6
	.word	0                               # 0x0
	.word	999                             # 0x3e7
	.word	999                             # 0x3e7
	.word	999                             # 0x3e7
	.word	999                             # 0x3e7
	.word	999                             # 0x3e7
	.word	999                             # 0x3e7
	.word	0                               # 0x0
	.size	d, 144

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"  -"
	.size	.L.str, 4

	.type	.L.str.1,@object                # @.str.1
.L.str.1:
	.asciz	"%3d"
	.size	.L.str.1, 4

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
